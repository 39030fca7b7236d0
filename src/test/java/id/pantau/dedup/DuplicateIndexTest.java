package id.pantau.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateIndexTest {
    private final MinHasher hasher = new MinHasher();
    private static final String A = "Dua ledakan bom bunuh diri mengguncang kawasan Terminal Kampung Melayu Jakarta Timur pada Rabu malam. "
            + "Tiga anggota Polri yang sedang mengamankan pawai obor gugur dalam peristiwa itu. Sedikitnya sepuluh orang terluka "
            + "terdiri atas lima polisi dan lima warga sipil. Polisi menduga para pelaku terkait dengan jaringan JAD.";
    private static final String OTHER = "Banjir akibat hujan deras sejak malam tahun baru merendam ribuan rumah di Kota Bekasi Jawa Barat. "
            + "Badan Penanggulangan Bencana Daerah mencatat sekitar 2.400 warga mengungsi ke masjid dan sekolah terdekat.";

    @Test
    void exactNearAndDifferent() {
        DuplicateIndex idx = new DuplicateIndex(DuplicateIndex.DEFAULT_THRESHOLD);
        idx.add("a", "hash-a", hasher.signature(A));
        assertThat(idx.find("copy", "hash-a", hasher.signature(A))).get().satisfies(m -> {
            assertThat(m.originalId()).isEqualTo("a");
            assertThat(m.similarity()).isEqualTo(1.0);
        });
        String syndicated = A + " (kn/ant)";
        assertThat(idx.find("synd", "hash-s", hasher.signature(syndicated))).get()
                .satisfies(m -> assertThat(m.originalId()).isEqualTo("a"));
        assertThat(idx.find("other", "hash-o", hasher.signature(OTHER))).isEmpty();
        assertThat(idx.find("a", "hash-a", hasher.signature(A))).as("a document never duplicates itself").isEmpty();
    }

    @Test
    void similarityEstimatesJaccard() {
        assertThat(MinHasher.similarity(hasher.signature(A), hasher.signature(A))).isEqualTo(1.0);
        assertThat(MinHasher.similarity(hasher.signature(A), hasher.signature(OTHER))).isLessThan(0.2);
    }
}
