import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum AreaLevel {
  REGENCY = 'REGENCY',
  DISTRICT = 'DISTRICT',
  VILLAGE = 'VILLAGE',
}

@Entity('areas')
export class AreaEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 140 })
  slug: string;

  @Column({ type: 'enum', enum: AreaLevel, enumName: 'area_level' })
  level: AreaLevel;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ name: 'support_threshold', type: 'integer', nullable: true })
  supportThreshold: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
