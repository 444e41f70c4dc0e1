// Word material for synthetic debates: Indonesian as a regency's residents write it, topics a forum would carry.

/** Topics; the first two are planted often enough that they must come out as themes. */
export const TOPICS = [
  'jalan rusak',
  'air bersih',
  'lampu penerangan',
  'saluran drainase',
  'jembatan kayu',
  'pelayanan puskesmas',
  'angkutan sampah',
  'listrik padam',
  'harga pupuk',
  'sinyal internet',
  'sekolah dasar',
  'pasar desa',
];

export const PLACES = [
  'Desa Sungai Raya',
  'Kecamatan Rasau Jaya',
  'dusun kami',
  'Parit Baru',
  'Kuala Dua',
  'Desa Arang Limbung',
  'Sungai Ambawang',
  'Teluk Pakedai',
  'Batu Ampar',
  'Kubu',
];

export const TEMPLATES = [
  '{Topik} di {tempat} sudah lama dibiarkan.',
  'Kami minta {topik} di {tempat} segera ditangani oleh dinas terkait.',
  'Sudah {angka} tahun {topik} di {tempat} tidak ada perbaikan sama sekali.',
  'Anak-anak kesulitan berangkat sekolah karena {topik}.',
  'Menurut saya {topik} lebih mendesak daripada {topik2}.',
  'Warga {tempat} siap bergotong royong kalau pemerintah menyediakan bahan untuk {topik}.',
  'Anggaran desa sebaiknya dipakai untuk {topik} dulu.',
  'Setiap musim hujan masalah {topik} makin parah di {tempat}.',
  'Kami sudah melapor ke kantor kecamatan soal {topik} tetapi belum ada tanggapan.',
  'Ibu-ibu di {tempat} mengeluhkan {topik} hampir setiap hari.',
  'Petani di {tempat} rugi besar akibat {topik}.',
  'Tolong perhatikan juga {topik} di wilayah pinggiran.',
  'Musyawarah warga kemarin sepakat bahwa {topik} jadi prioritas.',
  'Kalau {topik} dibenahi, ekonomi warga {tempat} pasti ikut naik.',
];
