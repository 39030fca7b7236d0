package id.pantau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "Pasukan pemerintah merebut kembali kota itu – kata juru bicara “militer” kepada wartawan café.";

    @Test
    void utf8AndBom() throws Exception {
        assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(TEXT);
        byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(bom, null)).isEqualTo(TEXT);
    }

    @Test
    void windows1252FileIsDetected() throws Exception {
        String s = "Serangan itu terjadi pada Jum’at pagi di kafe “Sederhana” dekat pasar, kata saksi mata. ".repeat(5);
        assertThat(TextDecoder.decode(s.getBytes(Charset.forName("windows-1252")), null)).isEqualTo(s);
    }

    @Test
    void declaredMetaCharsetIsUsed() throws Exception {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café à Damaskus</p></body></html>";
        assertThat(TextDecoder.decode(html.getBytes(StandardCharsets.ISO_8859_1), null)).isEqualTo(html);
    }

    @Test
    void binaryAndEmptyAreRefusedWithAReason() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, null))
                .isInstanceOf(InputException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0], null)).hasMessageContaining("empty");
    }
}
