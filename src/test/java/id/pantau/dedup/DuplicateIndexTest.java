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

    @Test
    void bandKeysAreWhatACandidateMustShare() {
        long[] a = DuplicateIndex.bandKeys(hasher.signature(A));
        long[] near = DuplicateIndex.bandKeys(hasher.signature(A + " Tambahan satu kalimat di akhir."));
        long[] other = DuplicateIndex.bandKeys(hasher.signature(OTHER));
        assertThat(a).hasSize(16);
        int shared = 0, sharedOther = 0;
        for (int b = 0; b < a.length; b++) {
            shared += a[b] == near[b] ? 1 : 0;
            sharedOther += a[b] == other[b] ? 1 : 0;
        }
        assertThat(shared).as("a near copy shares bands").isPositive();
        assertThat(sharedOther).as("an unrelated text shares none").isZero();
    }
}
