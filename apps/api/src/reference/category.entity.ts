import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('categories')
export class CategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ name: 'name_en', type: 'varchar', length: 80, nullable: true })
  nameEn: string | null;

  @Column({ type: 'varchar', length: 100 })
  slug: string;

  @Column({ name: 'default_agency_id', type: 'uuid', nullable: true })
  defaultAgencyId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
