package id.pantau.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event coder on short reports written for these tests, one rule of the guide each. */
class EventCoderTest {
    private final EventCoder coder = EventCoder.standard();

    private List<Event> code(String text, String published) {
        return coder.code("t", text, published == null ? null : LocalDate.parse(published));
    }

    @Test
    void activeVoiceBattleWithClaimsFromTwoSources() {
        List<Event> es = code("Damaskus - Pejuang ISIS menyerang pos pasukan Suriah di dekat kota Palmyra pada Kamis malam, "
                + "menewaskan 12 tentara, kata Observatorium Suriah untuk Hak Asasi Manusia.\n"
                + "Kantor berita Amaq mengklaim para pejuangnya menewaskan 30 tentara.", "2019-11-16");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("Battles");
            assertThat(e.subEventType()).isEqualTo("Armed clash");
            assertThat(e.actor1()).isEqualTo("Islamic State (ISIS)");
            assertThat(e.actor2()).isEqualTo("Military Forces of Syria");
            assertThat(e.eventDate()).isEqualTo("2019-11-14");
            assertThat(e.timePrecision()).isEqualTo(1);
            assertThat(e.country()).isEqualTo("Syria");
            assertThat(e.fatalities()).isEqualTo(12);
            assertThat(e.claims()).extracting(Claim::claimant, Claim::value)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Syrian Observatory for Human Rights", 12L),
                            org.assertj.core.groups.Tuple.tuple("Amaq", 30L));
            assertThat(e.evidence()).isNotEmpty().allSatisfy(ev -> assertThat(ev.text()).isNotBlank());
        });
    }

    @Test
    void aLeadsFiguresTakeTheSourceNamedInTheNextSentences() {
        List<Event> es = code("Sorong - Tiga anggota Satpol PP terluka setelah diserang sekelompok orang bersenjata tajam di Distrik "
                + "Aimas, Kabupaten Sorong, pada Senin malam. Ketiganya kini dirawat di RSUD Sorong.\n"
                + "\"Kondisi mereka sudah stabil,\" kata Kabid Humas Polda Papua Barat Kombes Adam Erwindi, Selasa.", "2021-03-16");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.injured()).isEqualTo(3);
            assertThat(e.claims()).allSatisfy(c -> assertThat(c.claimant()).contains("Adam Erwindi"));
        });
        // a figure the article says was only "reported", with no source after it, stays without one
        List<Event> unsourced = code("Dua warga dilaporkan tewas dalam penyerangan di Kampung Wuloni, Kabupaten Puncak, pada Sabtu.",
                "2021-03-14");
        assertThat(unsourced).singleElement().satisfies(e -> assertThat(e.claims()).allSatisfy(c -> assertThat(c.claimant()).isNull()));
    }

    @Test
    void theDeadOfAnEventToldAgainBelongToItNotToTheRaidAfterIt() {
        List<Event> es = code("Makassar - Sebuah bom bunuh diri meledak di depan Gereja Katedral Makassar pada Minggu pagi.\n"
                + "Pelaku diduga berboncengan sepeda motor saat mencoba masuk ke halaman gereja.\n"
                + "Petugas keamanan gereja sempat menghadang keduanya di gerbang.\n"
                + "Jemaat yang baru selesai beribadah berhamburan keluar.\n"
                + "Garis polisi dipasang di sekitar lokasi.\n"
                + "Setelah insiden berdarah yang menewaskan dua orang itu, polisi menggerebek sebuah rumah di Kelurahan Bontoala "
                + "dan menangkap empat terduga teroris.", "2021-03-29");
        assertThat(es).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo("Explosions/Remote violence");
            assertThat(e.fatalities()).isEqualTo(2);
        });
        assertThat(es).filteredOn(e -> e.subEventType().equals("Arrests"))
                .allSatisfy(e -> assertThat(e.claims()).noneMatch(c -> c.kind().equals("killed")));
    }

    @Test
    void anAttackOnPoliceIsABattleAndOnVillagersViolenceAgainstCivilians() {
        List<Event> onPolice = code("Maungdaw - Ratusan anggota ARSA menyerang pos polisi perbatasan di Maungdaw pada Jumat dini hari. "
                + "Dua belas polisi tewas dalam serangan itu.", "2017-08-26");
        assertThat(onPolice).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("Battles");
            assertThat(e.subEventType()).isEqualTo("Armed clash");
            assertThat(e.actor2()).startsWith("Police Forces of");
        });
        List<Event> onVillagers = code("Maungdaw - Kelompok bersenjata menyerang warga desa di Maungdaw pada Jumat dini hari dan "
                + "menewaskan enam orang, kata polisi setempat.", "2017-08-26");
        assertThat(onVillagers).singleElement().satisfies(e -> assertThat(e.eventType()).isEqualTo("Violence against civilians"));
    }

    @Test
    void passiveVoiceNamesTheAttackerAfterOleh() {
        List<Event> es = code("Pasukan pemerintah diserang oleh para pejuang Hayat Tahrir al-Sham di desa Akrab pada Sabtu pagi, "
                + "menewaskan 21 tentara.", "2019-11-18");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.actor1()).isEqualTo("Hayat Tahrir al-Sham");
            assertThat(e.actor2()).isEqualTo("Military Forces of Syria");
            assertThat(e.fatalities()).isEqualTo(21);
        });
    }

    @Test
    void captureByStateForcesIsGovernmentRegainsTerritory() {
        List<Event> es = code("Pasukan Suriah berhasil merebut desa Qara dari ISIS pada Selasa kemarin. "
                + "Sedikitnya 1.700 warga sipil melarikan diri ke Lebanon.", "2013-11-20");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo("Government regains territory");
            assertThat(e.eventDate()).isEqualTo("2013-11-19");
            assertThat(e.displaced()).isEqualTo(1700);
            assertThat(e.claims()).anySatisfy(c -> assertThat(c.approximate()).isTrue());
        });
    }

    @Test
    void twoAttacksInTwoPlacesAreTwoEvents() {
        List<Event> es = code("Bom mobil meledak di Mosul dan menewaskan lima orang. Secara terpisah, bom mobil lain meledak di Kirkuk, "
                + "menewaskan tiga orang.", "2017-01-10");
        assertThat(es).extracting(Event::location).containsExactlyInAnyOrder("Mosul", "Kirkuk");
    }

    @Test
    void plansDisastersAndTrialsAreNotEvents() {
        assertThat(code("Jika operasi ini berhasil, pasukan akan merebut kota Idlib.", "2019-01-01")).isEmpty();
        assertThat(code("Banjir merendam Bekasi dan menewaskan dua orang warga pada Kamis.", "2020-01-02")).isEmpty();
        assertThat(code("Pengadilan Negeri Jakarta Timur memvonis terdakwa bom Kampung Melayu dengan hukuman mati.", "2018-01-02")).isEmpty();
    }

    @Test
    void withoutPublicationDateAWeekdayGivesNoDate() {
        List<Event> es = code("Pejuang ISIS menyerang pasukan Suriah di kota al-Sukhna pada Kamis malam.", null);
        assertThat(es).singleElement().satisfies(e -> assertThat(e.eventDate()).isNull());
    }

    @Test
    void indonesianFirefightWithTheRebelsClaim() {
        List<Event> es = code("Oksibil (Kabar Timur) - Seorang prajurit TNI gugur dan dua lainnya terluka dalam kontak tembak dengan "
                + "kelompok kriminal bersenjata di Distrik Oksibil, Kamis (14/9/2023).\n"
                + "Juru bicara TPNPB-OPM Sebby Sambom mengklaim pihaknya menembak mati tiga anggota TNI.", "2023-09-15");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("Battles");
            assertThat(e.location()).isEqualTo("Oksibil");
            assertThat(e.eventDate()).isEqualTo("2023-09-14");
            assertThat(e.fatalities()).isEqualTo(1);
            assertThat(e.injured()).isEqualTo(2);
            assertThat(e.claims()).anySatisfy(c -> {
                assertThat(c.claimant()).startsWith("TPNPB-OPM").contains("Sebby Sambom");
                assertThat(c.value()).isEqualTo(3);
            });
            assertThat(List.of(e.actor1(), e.actor2())).contains("Military Forces of Indonesia", "TPNPB-OPM");
        });
    }

    @Test
    void sportsAndCrimeAreNotConflictEvents() {
        assertThat(code("Persib merebut kemenangan atas Arema dalam pertandingan di Bandung, Sabtu.", "2017-01-10")).isEmpty();
        assertThat(code("Kawanan begal menyerang pengendara motor di Bekasi dan melukai dua orang, Senin.", "2017-01-10")).isEmpty();
    }

    @Test
    void genericPoliceWordsNameTheForcesOfTheEventsCountry() {
        List<Event> es = code("Empat tersangka teroris ditangkap polisi di kota Arnhem, Belanda, pada Selasa.", "2017-12-02");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo("Arrests");
            assertThat(e.actor1()).isEqualTo("Police Forces of Netherlands");
            assertThat(e.captured()).isEqualTo(4);
        });
    }

    @Test
    void agesUnitNamesAndDatesAreNotCasualtyFigures() {
        List<Event> es = code("Densus 88 menangkap S (38) dan RA (39), terduga teroris, di Jambi pada 10 Agustus 2017.", "2017-08-11");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.claims()).extracting(Claim::value).doesNotContain(88L, 38L, 39L, 10L));
    }

    @Test
    void announcedProtestsAndDiplomaticProtestsAreNotEvents() {
        assertThat(code("Aksi unjuk rasa sejumlah organisasi dikabarkan akan kembali digelar pada Jumat di Monas, Jakarta.", "2016-11-20")).isEmpty();
        assertThat(code("Pemerintah Malaysia memanggil duta besar Myanmar di Kuala Lumpur untuk memprotes penembakan di perbatasan.",
                "2017-09-07")).allSatisfy(e -> assertThat(e.eventType()).isNotEqualTo("Protests"));
    }

    @Test
    void aTallyOfArrestsToldOnADayIsNoArrestOfThatDay() {
        assertThat(code("\"Dari total 25 terduga teroris yang ditangkap Densus 88 di Jawa Barat, 20 di antaranya sudah menjadi"
                + " tersangka,\" kata Kadiv Humas Polri di Mabes Polri, Jakarta, Kamis (22/6/2017).", "2017-06-23"))
                .noneSatisfy(e -> assertThat(e.subEventType()).isEqualTo("Arrests"));
        assertThat(code("Densus 88 menangkap tiga terduga teroris di Bekasi, Kamis (22/6/2017), kata Kadiv Humas Polri.", "2017-06-23"))
                .anySatisfy(e -> assertThat(e.subEventType()).isEqualTo("Arrests"));
    }

    @Test
    void anAirShowsDemonstrationFlightIsNoProtest() {
        assertThat(code("Pesawat tim aerobatik TNI AU tergelincir di Lanud Adisutjipto, Yogyakarta, Sabtu (16/9). Seluruh penerbangan"
                + " demonstrasi hari itu dibatalkan.", "2017-09-17")).noneSatisfy(e -> assertThat(e.eventType()).isEqualTo("Protests"));
        assertThat(code("Ribuan buruh menggelar demonstrasi di depan Gedung Sate, Bandung, Sabtu (16/9).", "2017-09-17"))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo("Protests"));
    }

    @Test
    void aKnownAttackNamedInATrialIsBackgroundDatedByItsOwnDay() {
        // the trial's day is not the bombing's; a bombing named without its own day is no event of this article
        assertThat(code("Terdakwa kasus bom Kampung Melayu menjalani sidang di Pengadilan Negeri Jakarta Timur, Selasa (6/2).", "2018-02-07"))
                .isEmpty();
        List<Event> es = code("Ia didakwa dalam kasus peledakan bom di Terminal Kampung Melayu, Jakarta Timur, pada 24 Mei 2017.", "2018-02-07");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.eventDate()).isEqualTo("2017-05-24"));
    }

    @Test
    void soldiersFiringOnADemonstrationIsForceAgainstProtesters() {
        List<Event> es = code("Sedikitnya 20 orang terluka akibat tembakan tentara dalam unjuk rasa warga di kota Hebron, Kamis.", "2017-12-08");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("Protests");
            assertThat(e.subEventType()).isEqualTo("Protest with intervention");
            assertThat(e.injured()).isEqualTo(20);
        });
    }

    @Test
    void theNameOfTheCounterTerrorUnitIsNoAttack() {
        List<Event> es = code("Detasemen Khusus 88 Anti Teror menangkap tiga terduga teroris di Kota Pekanbaru, Riau, Selasa.", "2017-10-25");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo("Arrests"));
    }

    @Test
    void aRecalledBlastDoesNotLendTodaysEventItsDayOrDead() {
        List<Event> es = code("Bom bunuh diri menewaskan 20 orang di sebuah kuil di Sehwan, Pakistan, Kamis (16/2).\n"
                + "November lalu, sebuah ledakan juga menghancurkan kuil di Khuzdar, menewaskan 52 orang.", "2017-02-18");
        assertThat(es).filteredOn(e -> e.location().equals("Sehwan")).singleElement().satisfies(e -> {
            assertThat(e.eventDate()).isEqualTo("2017-02-16");
            assertThat(e.fatalities()).isEqualTo(20);
        });
    }

    @Test
    void aBombingCalledASuicideBombingInAnotherSentenceIsASuicideBomb() {
        List<Event> es = code("Mogadishu - Sebuah ledakan besar mengguncang pasar di pusat kota Mogadishu, Somalia, pada Sabtu siang "
                + "dan menewaskan sedikitnya 40 orang, kata polisi.\n"
                + "Saksi mata mengatakan pelaku bom bunuh diri mengendarai sebuah truk yang penuh bahan peledak.", "2017-10-15");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo("Suicide bomb"));
        // a suicide bombing recalled with its own place does not make today's blast one
        List<Event> other = code("Mogadishu - Sebuah ledakan besar mengguncang pasar di pusat kota Mogadishu, Somalia, pada Sabtu siang "
                + "dan menewaskan sedikitnya 40 orang, kata polisi.\n"
                + "Tahun lalu serangan bom bunuh diri di Nairobi, Kenya menewaskan 60 orang.", "2017-10-15");
        assertThat(other).filteredOn(e -> e.location().contains("Mogadishu"))
                .singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo("Remote explosive/landmine/IED"));
    }

    @Test
    void anArrestCarriesNoDeathsTheBlastBeforeItDoes() {
        List<Event> es = code("Bekasi - Detasemen Khusus 88 Antiteror Polri menangkap tiga terduga teroris di Bekasi, Jawa Barat, pada Senin. "
                + "Setelah ledakan yang menewaskan dua orang di kota itu pekan lalu, polisi menggerebek sebuah rumah kontrakan di Bekasi.",
                "2018-01-02");
        assertThat(es).filteredOn(e -> e.subEventType().equals("Arrests")).singleElement().satisfies(e -> {
            assertThat(e.actor1()).isEqualTo("Police Forces of Indonesia");
            assertThat(e.fatalities()).isNull();
            assertThat(e.claims()).extracting(Claim::kind).doesNotContain("killed");
            assertThat(e.admin2()).isEqualTo("Kota Bekasi");
        });
        assertThat(es).filteredOn(e -> e.eventType().equals("Explosions/Remote violence")).singleElement()
                .satisfies(e -> assertThat(e.fatalities()).isEqualTo(2));
    }

    @Test
    void suspectsKilledInARaidAreAClashBesideTheArrests() {
        List<Event> es = code("Densus 88 Antiteror Polri menangkap tiga terduga teroris di Sibolga, Sumatera Utara, Selasa (12/3/2019). "
                + "Dua terduga lainnya tewas dalam penggerebekan di sebuah rumah di Jalan Cendrawasih, Sibolga.", "2019-03-12");
        assertThat(es).extracting(Event::subEventType).containsExactlyInAnyOrder("Arrests", "Armed clash");
        assertThat(es).filteredOn(e -> e.subEventType().equals("Armed clash")).singleElement()
                .satisfies(e -> assertThat(e.fatalities()).isEqualTo(2));
    }

    @Test
    void theDoerIsInTheClauseBeforeTheVerb() {
        // "puluhan orang" died; the troops raided: violence against civilians, not a crowd's riot
        assertThat(code("Puluhan orang tewas saat pasukan pemerintah menyerbu kampung-kampung di Rakhine, Myanmar, pada Senin.",
                "2016-11-22")).singleElement().satisfies(e -> {
                    assertThat(e.eventType()).isEqualTo("Violence against civilians");
                    assertThat(e.actor1()).isEqualTo("Military Forces of Myanmar");
                });
        // a crowd that storms a police post is still a riot
        assertThat(code("Ratusan warga menyerbu kantor polisi di Sorong pada Senin.", "2016-11-22")).singleElement()
                .satisfies(e -> assertThat(e.eventType()).isEqualTo("Riots"));
    }

    @Test
    void figuresOfAnEventReferredBackToBelongToIt() {
        // "akibat serangan itu": the toll of the strike told before, in a paragraph of its own, not a new event
        List<Event> es = code("Idlib - Pesawat tempur pemerintah menjatuhkan bom di kota Saraqib, Provinsi Idlib, Selasa (4/4) pagi.\n"
                + "Kelompok pemantau menyatakan 20 orang tewas dan puluhan orang lagi cidera akibat serangan itu.", "2017-04-05");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.location()).startsWith("Sar").endsWith("qib");
            assertThat(e.fatalities()).isEqualTo(20);
            assertThat(e.injured()).isEqualTo(10);
        });
    }

    @Test
    void theArrestOfARiotsPerpetratorsIsTheRiotsCaptured() {
        List<Event> es = code("Bogor - Ratusan massa membakar kantor sebuah organisasi kemasyarakatan di Ciampea, Bogor, Jawa Barat, "
                + "Jumat (13/1) dini hari. Polisi menangkap 20 orang terduga pelaku pembakaran tersebut.", "2017-01-14");
        assertThat(es).filteredOn(e -> e.eventType().equals("Riots")).singleElement()
                .satisfies(e -> assertThat(e.captured()).isEqualTo(20));
    }

    @Test
    void anArticleOfOneEventKeepsCountingItsVictimsFurtherDown() {
        List<Event> es = code("Ankara - Sebuah bom meledak di markas polisi di Kota Diyarbakir, Turki, Selasa (11/4) pagi.\n"
                + "Menteri Dalam Negeri menyebut ledakan itu aksi teroris. Ia tidak menyebut kelompok mana yang dicurigai.\n"
                + "Pemerintah meminta warga tetap tenang. Pengamanan di kota itu diperketat.\n"
                + "Para pejabat menggelar rapat darurat pada Selasa siang. Hasil rapat belum diumumkan.\n"
                + "Seorang polisi juga dikabarkan tewas.\n"
                + "Menurut laporan terbaru, korban jiwa dalam insiden tersebut bertambah menjadi tiga orang.", "2017-04-12");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo("Diyarbakır");
            assertThat(e.fatalities()).as("the single policeman is one of the three, not a rival count").isEqualTo(3);
        });
    }

    @Test
    void aStatesForcesAreNamedForAnyCountry() {
        List<Event> es = code("Muzaffarabad - Tujuh tentara Pakistan tewas dalam baku tembak dengan tentara India di perbatasan "
                + "dekat Bhimber, Senin (13/11).", "2016-11-14");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("Battles");
            assertThat(List.of(e.actor1(), String.valueOf(e.actor2())))
                    .containsExactlyInAnyOrder("Military Forces of Pakistan", "Military Forces of India");
        });
    }

    @Test
    void anAttackNamedAsANounBelongsToTheGroupAfterIt() {
        List<Event> es = code("Sittwe - Sekretaris Jenderal PBB mengutuk serangan militan Rohingya terhadap pos polisi di Maungdaw, "
                + "Negara Bagian Rakhine, Jumat (25/8), yang menewaskan 12 polisi.", "2017-08-26");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.actor1()).isEqualTo("ARSA: Arakan Rohingya Salvation Army"));
    }

    @Test
    void terrorSuspectsWithoutAGroupAreTheArrestsSecondActor() {
        List<Event> es = code("Bekasi - Densus 88 Antiteror menangkap tiga terduga teroris di Bekasi, Jawa Barat, Sabtu (9/12).", "2017-12-10");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo("Arrests");
            assertThat(e.actor2()).isEqualTo("Terror suspects (Indonesia)");
            assertThat(e.captured()).isEqualTo(3);
        });
    }

    @Test
    void withoutPublicationDateTheLatestFullDateAnchorsTheWeekdays() {
        List<Event> es = code("Kerusuhan terjadi di Dekai, Kabupaten Yahukimo, Papua, Rabu petang. Massa menyerang pos polisi dan membakar "
                + "dua sepeda motor. \"Situasi sudah terkendali,\" ujar Kabid Humas Polda Papua di Jayapura, Rabu, 18 Desember 2019.", null);
        assertThat(es).singleElement().satisfies(e -> assertThat(e.eventDate()).isEqualTo("2019-12-18"));
    }

    @Test
    void anAttackTheArticleElsewhereCallsASuicideBombingIsOne() {
        List<Event> es = code("London - Serangan pada konser di Manchester Arena, Manchester, Senin (22/5) malam menewaskan 22 penonton.\n"
                + "Polisi menyebut pelaku adalah pengebom bunuh diri berusia 22 tahun yang tewas di lokasi.", "2017-05-24");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("Explosions/Remote violence");
            assertThat(e.subEventType()).isEqualTo("Suicide bomb");
            assertThat(e.actor1()).as("the police only speak of the bomber").isNotEqualTo("Police Forces of United Kingdom");
            assertThat(e.actor2()).isEqualTo("Civilians (United Kingdom)");
            assertThat(e.fatalities()).as("the bomber is one of the dead the report counts").isEqualTo(22);
        });
    }

    @Test
    void whatAProtestIsAboutIsNotAnEventOfItsSentence() {
        List<Event> es = code("Teheran - Ratusan pedemo berunjuk rasa di Teheran, Sabtu (11/1), memprotes militer yang telah menembak jatuh "
                + "pesawat penumpang hingga menewaskan 176 orang.", "2020-01-12");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("Protests");
            assertThat(e.fatalities()).isNull();
        });
    }

    @Test
    void aNightclubIsNoSportsClub() {
        List<Event> es = code("Istanbul - Seorang pria bersenjata melepaskan tembakan membabi buta di sebuah klub malam di Istanbul, Turki, "
                + "Minggu (1/1) dini hari, menewaskan 39 orang. Kelompok ISIS mengklaim serangan itu.", "2017-01-02");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("Violence against civilians");
            assertThat(e.fatalities()).isEqualTo(39);
        });
    }

    @Test
    void aDemonstrationThatTurnsViolentIsARiot() {
        List<Event> es = code("Jakarta - Ribuan mahasiswa berunjuk rasa di depan Gedung DPR, Jakarta, Selasa (24/9), menolak revisi "
                + "undang-undang. Menjelang sore, aksi itu berujung ricuh dan bentrok dengan polisi di Jakarta.", "2019-09-25");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("Riots");
            assertThat(e.subEventType()).isEqualTo("Violent demonstration");
        });
    }

    @Test
    void aPeacefulMarchAndTheFringeThatClashedAreTwoEvents() {
        List<Event> es = code("Paris - Puluhan ribu demonstran turun ke jalan di Paris, Selasa (12/9), menentang reformasi buruh. "
                + "Aksi berlangsung damai, meski sempat terjadi bentrokan antara kelompok anarkis dan polisi di Paris.", "2017-09-13");
        assertThat(es).extracting(Event::eventType, Event::eventDate).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Protests", "2017-09-12"), org.assertj.core.groups.Tuple.tuple("Riots", "2017-09-12"));
    }

    @Test
    void aSentenceWithoutItsDayTakesTheDayToldJustBefore() {
        // two demonstrations at one place four weeks apart stay two events
        List<Event> es = code("Demo besar terjadi di Jakarta pada 4 November 2016. Demo ini berlangsung di kawasan Monas dan berujung rusuh.\n"
                + "Massa kembali menggelar demo besar di Monas, Jakarta, pada 2 Desember 2016. Aksi damai itu berjalan tertib.", null);
        assertThat(es).extracting(Event::eventDate).containsExactlyInAnyOrder("2016-11-04", "2016-12-02");
    }

    @Test
    void aBombingOnANamedDayGoneByIsRecalled() {
        List<Event> es = code("Kolombo - Bentrokan antara kelompok warga terjadi di Negombo, Sri Lanka, Minggu (5/5). "
                + "Negombo juga menjadi tempat salah satu pemboman saat Minggu Paskah lalu.", "2019-05-06");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.eventType()).isEqualTo("Riots"));
    }

    @Test
    void aDemandForAnArrestAndAKindOfThingAreNoEvents() {
        assertThat(code("Jakarta - Pemerintah menyampaikan protes ke Australia serta meminta agar pelaku pengibaran bendera segera "
                + "ditangkap di Melbourne.", "2017-01-08")).isEmpty();
        assertThat(code("Medan - Panglima TNI mengatakan TNI menghargai setiap proses demokrasi, termasuk demonstrasi oleh warga, "
                + "di Medan, Sabtu (19/11).", "2016-11-20")).isEmpty();
    }

    @Test
    void aTownAndItsProvinceAreOnePlaceNotAList() {
        List<Event> es = code("Timika - Ribuan karyawan yang mogok melakukan perusakan dan membakar fasilitas perusahaan di Terminal "
                + "Gorong-gorong, Timika, Papua, Sabtu (19/8) malam, setelah aparat membubarkan aksi mereka.", "2017-08-20");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.location()).isEqualTo("Timika"));
    }

    @Test
    void aTownAndTheIslandItIsOnAreOneEvent() {
        List<Event> es = code("Pada 23 Mei 2017, kelompok Maute menyerang kota Marawi di Filipina selatan.\n"
                + "Akibat serangan itu, presiden memberlakukan darurat militer di seluruh wilayah Mindanao.", null);
        assertThat(es).singleElement().satisfies(e -> assertThat(e.location()).isEqualTo("Marawi"));
    }

    @Test
    void theDoerOfAPassiveVerbFollowsItAtOnce() {
        List<Event> es = code("Bandung - Lima terduga teroris yang ditangkap di Antapani, Kota Bandung, Selasa (15/8), merupakan jaringan "
                + "Jamaah Ansharut Daulah.", "2017-08-16");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo("Arrests");
            assertThat(e.actor1()).isEqualTo("Police Forces of Indonesia");
        });
    }

    @Test
    void anAttackToldWithoutItsMeansIsOfTheKindTheLeadReports() {
        List<Event> es = code("Kabul - Sejumlah petinggi ISIS tewas dalam serangan udara Amerika Serikat di Provinsi Kunar, Afghanistan, "
                + "Kamis (10/8).", "2017-08-13");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo("Air/drone strike"));
        List<Event> funeral = code("Kabul - Tujuh orang tewas pada Sabtu (3/6) saat bom meletus dalam pemakaman seorang pemrotes di Kabul, "
                + "Afghanistan.", "2017-06-05");
        assertThat(funeral).singleElement().satisfies(e -> assertThat(e.eventType()).isEqualTo("Explosions/Remote violence"));
    }

    @Test
    void legalStepsAndRunningTotalsAreNoEvents() {
        // the day after the deed's name is the day of the naming as a suspect, not of the bombing
        assertThat(code("Aman Abdurrahman mulanya ditetapkan sebagai tersangka kasus bom Thamrin pada 18 Agustus 2017.", "2018-06-22"))
                .isEmpty();
        // a count of arrests up to a day is a running total
        assertThat(code("Densus 88 Antiteror telah menangkap sebanyak 71 orang terduga teroris di Medan hingga Selasa 19 November 2019.",
                "2019-11-20")).isEmpty();
        // suspects in a brawl named as a case: no day, no event of this report
        assertThat(code("Kemlu mendampingi 15 pekerja migran yang ditetapkan sebagai tersangka dalam insiden tawuran di Taiwan.",
                "2023-09-18")).isEmpty();
    }

    @Test
    void aTallyBrokenDownByPlaceIsNoArrestOfItsOwn() {
        List<Event> es = code("Jakarta - Densus 88 telah menangkap sebanyak 52 orang terduga teroris pascaserangan di Mapolda Riau hingga "
                + "Senin 21 Mei 2018. Penangkapan puluhan terduga teroris ini merupakan langkah pencegahan. Sementara di wilayah "
                + "Pekanbaru, Densus 88 menangkap 20 orang terduga teroris, di Dumai tiga orang, dan di Jambi dua orang.", "2018-05-22");
        assertThat(es).isEmpty();
        // an arrest with its own day after the tally is an arrest
        List<Event> own = code("Jakarta - Densus 88 telah menangkap sebanyak 52 orang terduga teroris pascaserangan di Mapolda Riau hingga "
                + "Senin 21 Mei 2018. Pada Sabtu (19/5), Densus 88 menangkap dua orang terduga teroris di Kota Dumai, Riau.", "2018-05-22");
        assertThat(own).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo("Arrests");
            assertThat(e.eventDate()).isEqualTo("2018-05-19");
        });
    }

    @Test
    void aTrialsDayIsNotTheDayOfTheAttackItJudges() {
        List<Event> es = code("Jakarta - Salah satu pimpinan kelompok JAD yang terlibat dalam aksi teror bom di Sarinah, Jakarta Pusat, pada "
                + "awal 2016, bakal menjalani sidang vonis di Pengadilan Negeri Jakarta Barat, Selasa (6/2).", "2018-02-07");
        assertThat(es).allSatisfy(e -> assertThat(e.eventDate()).isNotEqualTo("2018-02-06"));
    }

    @Test
    void theDayASourceSpokeIsNotTheDayOfTheDeed() {
        List<Event> es = code("Jakarta - Densus 88 menangkap sembilan terduga teroris di Bekasi. \"Mereka kelompok Abu "
                + "Nusaibah,\" kata Kadiv Humas Polri di Jakarta, Senin (28/11).", "2016-11-30");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventDate()).as("the day the source spoke, nearer than the publication day").isEqualTo("2016-11-28");
            assertThat(e.timePrecision()).as("the arrest's own day is not told").isEqualTo(2);
        });
    }

    @Test
    void theDayTheArticleGivesItsHappeningDatesAnEventToldWithoutOne() {
        // the arrest's sentence names no day; a later sentence says when "the incident" took place
        List<Event> es = code("Biak - Seorang pemuda yang membawa dua butir granat di dalam tasnya diamankan petugas bandara. "
                + "Kejadian ini terjadi pada hari Jumat (1/9) saat pemuda itu hendak naik pesawat.", "2017-09-03");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventDate()).isEqualTo("2017-09-01");
            assertThat(e.timePrecision()).isEqualTo(1);
        });
        // a riot told by its month, whose days the article gives further on
        List<Event> riot = code("Pada September 2019, kerusuhan pecah di sekitar Gedung DPR, Jakarta Pusat, dan mahasiswa bentrok dengan polisi. "
                + "Aksi tersebut digelar pada 23 dan 24 September 2019 dan diikuti ribuan mahasiswa.", null);
        assertThat(riot).singleElement().satisfies(e -> {
            assertThat(e.eventDate()).isEqualTo("2019-09-23");
            assertThat(e.timePrecision()).isEqualTo(1);
        });
        List<Event> which = code("Kerusuhan pecah di Papua Barat pada Agustus 2019. Peristiwa yang terjadi pada 19 Agustus 2019 itu dimulai "
                + "di Manokwari dan meluas ke kota lain.", null);
        assertThat(which).extracting(Event::eventDate).contains("2019-08-19").doesNotContain("2019-08-01");
    }

    @Test
    void traffickingIsCrimeNotPoliticalViolence() {
        assertThat(code("Roma - Seorang perempuan diculik dan disekap di sebuah rumah di Turin, Italia, Senin (3/7), sebelum ditawarkan "
                + "sebagai budak seks oleh jaringan perdagangan manusia.", "2017-07-05")).isEmpty();
        // an abduction by an armed group stays an event
        assertThat(code("Manila - Kelompok Abu Sayyaf menculik tiga awak kapal di perairan Lahad Datu, Sabah, Senin (3/7).", "2017-07-05"))
                .singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo("Abduction/forced disappearance"));
    }

    @Test
    void aRoundUpOfCrimeNewsHoldsNoPoliticalArrest() {
        assertThat(code("Jakarta - Peristiwa kriminal terjadi di wilayah Jakarta selama sepekan terakhir. Berikut rangkumannya. 1. Polisi "
                + "tangkap pelajar yang konvoi bawa senjata tajam Polisi menangkap sejumlah pelajar yang sedang konvoi sepeda motor dan "
                + "membawa senjata tajam di Grogol, Jakarta Barat, Selasa. Para pelajar itu juga tidak memakai helm.", "2023-09-18"))
                .isEmpty();
        // the Papuan armed groups police call "kelompok kriminal bersenjata" are no crime news
        assertThat(code("Jayapura - Kelompok kriminal bersenjata menembak dua anggota Brimob di Distrik Ilaga, Kabupaten Puncak, Selasa.",
                "2023-09-18")).hasSize(1);
    }

    @Test
    void aSummaryOfAttacksToldBeforeIsNoEventOfItsOwn() {
        List<Event> es = code("Jakarta - Pada April lalu, seorang pria menabrakkan truknya ke kerumunan di Stockholm dan menewaskan empat "
                + "orang. Semua serangan itu diklaim oleh kelompok militan ISIS.", "2017-11-02");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo("Stockholm");
            assertThat(e.eventType()).isEqualTo("Violence against civilians");
        });
    }

    @Test
    void aRegionalForceReportedFromTheCapitalPlacesTheEventInItsProvince() {
        List<Event> es = code("Liputan6.com, Jakarta - Densus 88 dan Polda Jawa Timur menangkap dua terduga teroris jaringan JAD pada "
                + "Selasa malam, kata Kabid Humas Polda Jawa Timur.", "2020-01-15");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo("Arrests");
            assertThat(e.admin1()).isEqualTo("East Java");
            assertThat(e.geoPrecision()).isEqualTo(3);
        });
        // the capital's own force keeps the dateline's place
        List<Event> capital = code("Liputan6.com, Jakarta - Densus 88 dan Polda Metro Jaya menangkap dua terduga teroris jaringan JAD pada Selasa malam.",
                "2020-01-15");
        assertThat(capital).singleElement().satisfies(e -> assertThat(e.admin1()).isEqualTo("Jakarta"));
    }

    @Test
    void aCountryWideMentionJoinsNoEventOfAnotherWeek() {
        List<Event> es = code("Kabul - Sebuah bom bunuh diri menewaskan 90 orang di zona diplomatik Kabul, Afghanistan, pada Rabu (31/5).\n"
                + "Taliban mengaku bertanggung jawab atas pemboman mobil yang menewaskan 18 orang di Afghanistan pada 20 Mei lalu.",
                "2017-06-02");
        assertThat(es).filteredOn(e -> "Kabul".equals(e.location())).singleElement()
                .satisfies(e -> assertThat(e.eventDate()).isEqualTo("2017-05-31"));
    }

    @Test
    void withoutAPublicationDayAnEventWithoutItsOwnDayStaysUndated() {
        // the only full date is the hearing's, an anchor for weekdays, not the day of the bombing
        List<Event> es = code("Jakarta - Pelaku bom bunuh diri di kawasan Thamrin, Jakarta Pusat, menewaskan empat warga. "
                + "Warga berhamburan menjauhi lokasi. Polisi memasang garis polisi di sekitar pos itu.\n"
                + "Sidang lanjutan para terdakwa digelar pada 9 Maret 2018 di Pengadilan Negeri Jakarta Selatan.", null);
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventDate()).isNull();
            assertThat(e.timePrecision()).isNull();
        });
        // the day a source spoke, as the text gives it, stays the event's approximate day
        List<Event> spoke = code("Surabaya - Polisi menangkap 43 mahasiswa terkait dugaan perusakan bendera di asrama mereka. \"Kami "
                + "lakukan penegakan hukum,\" kata Wakapolrestabes saat ditemui di lokasi, Sabtu, 17 Agustus 2019.", null);
        assertThat(spoke).singleElement().satisfies(e -> assertThat(e.eventDate()).isEqualTo("2019-08-17"));
    }

    @Test
    void thePlaceOfTheCauseIsNotThePlaceOfTheEvent() {
        List<Event> es = code("Jayapura - Kerusuhan pecah di Kabupaten Nabire, Papua Tengah, pada Senin (2/9), menyusul aksi rasisme terhadap "
                + "mahasiswa Papua di Kota Malang.", "2019-09-03");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.admin2()).isEqualTo("Kabupaten Nabire"));
        // without a place of its own, the riot is where the sentence puts it
        List<Event> own = code("Jayapura - Kerusuhan pascapemilu pecah di Kota Jayapura pada Senin (2/9).", "2019-09-03");
        assertThat(own).singleElement().satisfies(e -> assertThat(e.location()).contains("Jayapura"));
    }

    @Test
    void anAccusationIsNotAReportedDeed() {
        assertThat(code("Jayapura - Juru bicara kelompok bersenjata menuding pihak TNI dan Polri melakukan penyanderaan terhadap tim "
                + "evakuasi di Kabupaten Nduga, Selasa (18/12). Polri membantah tudingan tersebut.", "2018-12-19")).isEmpty();
    }

    @Test
    void aMentionNamingItsCountryIsNotPlacedInTheLeadsCountry() {
        List<Event> es = code("Ottawa - Pemerintah Kanada membayar ganti rugi kepada seorang mantan tahanan penjara Guantanamo, Kuba. "
                + "Pembayaran itu diumumkan pada Selasa. Pengacaranya menyambut baik keputusan itu. Pria itu "
                + "ditangkap tentara AS usai terjadi pertempuran sengit di sebuah persembunyian militan Al Qaeda di Afghanistan, "
                + "yang menewaskan seorang sersan AS.", "2017-07-06");
        assertThat(es).noneMatch(e -> "Cuba".equals(e.country()));
        // suspected of a deed: no report of it
        assertThat(code("Kabul - Seorang pria dicurigai menembak mati dua polisi di Kandahar, Afghanistan, Senin (3/7).",
                "2017-07-06")).isEmpty();
    }

    @Test
    void whoHoldsATownNowIsNoCapture() {
        assertThat(code("Jakarta - Menteri Pertahanan akan merangkul negara tetangga. Saat ini ISIS sudah sampai Filipina Selatan dan "
                + "menguasai Kota Marawi, salah satu wilayah di Mindanao.", "2017-06-01")).isEmpty();
        // a capture told as a deed stays one
        assertThat(code("Manila - Kelompok Maute menguasai Kota Marawi, Mindanao, pada Selasa (23/5) setelah baku tembak dengan tentara.",
                "2017-05-25")).isNotEmpty();
    }

    @Test
    void aProtestTalkedAboutIsNotHeld() {
        assertThat(code("Jakarta - Aksi unjuk rasa sejumlah organisasi dikabarkan akan kembali digelar pada 25 November di Jakarta. "
                + "Wacana demonstrasi itu dibarengi hasutan agar warga menarik tabungannya dari bank.", "2016-11-17")).isEmpty();
    }

    @Test
    void arrestingSpreadersOfHoaxesOrHateIsPoliceWorkNotPoliticalViolence() {
        assertThat(code("Semarang - Polisi menangkap dua penyebar hoaks di Kota Semarang, Senin (28/8).", "2017-08-29")).isEmpty();
        assertThat(code("Bandung - Polda Jawa Barat menangkap seorang pria karena ujaran kebencian di media sosial, Senin (28/8).",
                "2017-08-29")).isEmpty();
    }

    @Test
    void aTerrorGroupIsAGroupNotAnAttack() {
        // the lead names a group; the capture recalled below is told without a day, so the article reports no event
        assertThat(code("Teheran - Presiden Iran menyatakan kemenangan atas ISIS di Irak dan Suriah setelah lepasnya sebagian besar "
                + "wilayah kekuasaan kelompok teror pimpinan Abu Bakr al-Baghdadi itu.\nIran mengirim ribuan relawan bersenjata "
                + "untuk memerangi ISIS di kedua negara itu.\nDalam pidato yang disiarkan televisi, Selasa malam (21/11), Rouhani "
                + "berterima kasih kepada pasukan Irak dan Suriah.\nMedia Iran menyiarkan rekaman komandan Pasukan Quds di kota "
                + "Albu Kamal. Dilaporkan, ia sendiri yang memimpin operasi merebut kembali benteng pertahanan terakhir para militan.",
                "2017-11-22")).isEmpty();
    }

    @Test
    void anAttackToBeWaryOfIsAThreatNotAnEvent() {
        assertThat(code("Medan - Kapolda Sumatera Utara meminta anggotanya waspada. Salah satu yang harus diwaspadai adalah serangan "
                + "tabrak mobil di pos-pos polisi di Kota Medan.", "2017-06-26")).isEmpty();
    }

    @Test
    void policeSecuringAnEventAreNotMakingArrests() {
        List<Event> es = code("Jakarta - Dua ledakan bom bunuh diri mengguncang Terminal Kampung Melayu, Jakarta Timur, Rabu (24/5) malam. "
                + "Tiga anggota Polri yang sedang mengamankan pawai obor gugur dalam peristiwa itu.", "2017-05-25");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo("Suicide bomb");
            assertThat(e.captured()).isNull();
            assertThat(e.fatalities()).isEqualTo(3);
            assertThat(e.actor1()).isNotEqualTo("Police Forces of Indonesia");
        });
    }

    @Test
    void aRunningTollSinceAnEarlierDayDoesNotDateTheAttackToldWithItsOwnDay() {
        List<Event> es = code("Idlib - Pasukan pemerintah Suriah melancarkan serangan artileri ke desa-desa yang dikuasai pemberontak "
                + "di dekat kota Saraqib, Kamis (12/12). Serangan itu menewaskan sedikitnya sembilan warga sipil.\n"
                + "Menurut Observatorium Suriah untuk Hak Asasi Manusia, 41 warga sipil telah tewas sejak Senin di wilayah itu.",
                "2019-12-13");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.eventDate()).isEqualTo("2019-12-12"));
    }

    @Test
    void aChargeIsNoDeedButABombingItDatesInFullHappenedWhereTheNextSentencePutsIt() {
        List<Event> es = code("Jakarta - Sidang perkara terorisme dengan terdakwa Umar kembali digelar di Pengadilan Negeri Jakarta "
                + "Barat, Senin (3/4).\nUmar dituduh merakit bahan peledak untuk dua pengeboman pada 12 Oktober 2002. Bom tersebut "
                + "ditujukan ke sebuah kelab malam di Kuta, Bali.\nBom Kuta 2002 menewaskan 202 orang. Sedangkan bom di Kedutaan "
                + "Besar Australia menewaskan 9 orang.\nJaksa juga mendakwa Umar melakukan penembakan terhadap seorang "
                + "polisi di Kota Bekasi pada Juli 2016.", "2017-04-04");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("Explosions/Remote violence");
            assertThat(e.eventDate()).isEqualTo("2002-10-12");
            assertThat(e.location()).isEqualTo("Kuta");
            assertThat(e.fatalities()).isEqualTo(202); // the embassy bombing's dead are another event's
        });
    }

    @Test
    void aTollSinceADayIsAPeriodNotAnEvent() {
        List<Event> es = code("Srinagar - Seorang pemuda tewas dan belasan lainnya terluka dalam bentrokan antara pengunjuk rasa dan "
                + "polisi di kota Sopore, Kashmir, Jumat (9/9).\nLebih dari 70 orang tewas dalam bentrokan antara warga dan "
                + "pasukan keamanan di Lembah Kashmir sejak 8 Juli, menurut data kepolisian.", "2016-09-10");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.eventDate()).isEqualTo("2016-09-09"));
    }

    @Test
    void aCampaignSinceAMonthDoesNotDateTheCaptureItLedTo() {
        // the capture is told on the day the monitor spoke; the offensive "sejak awal Maret" is a period, not its day
        List<Event> es = code("Beirut - Pasukan pemerintah Suriah berhasil merebut kota Maskanah dari tangan ISIS setelah pertempuran "
                + "selama berminggu-minggu.\n\"Tentara kini menguasai seluruh kota,\" kata Direktur Observatorium Suriah untuk Hak "
                + "Asasi Manusia, dikutip AFP, Rabu (7/6).\nPasukan Suriah yang didukung jet tempur Rusia melancarkan serangan "
                + "besar terhadap ISIS di timur Aleppo sejak awal Maret.", "2017-06-08");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("Battles");
            assertThat(e.eventDate()).isEqualTo("2017-06-07");
        });
    }

    @Test
    void theCountryOfABorderOnlyPointsTheWay() {
        List<Event> es = code("Beirut - Milisi ISIS mundur dari sebuah desa di Suriah di perbatasan Turki setelah gempuran serangan "
                + "udara koalisi, Senin (3/4), kata pemantau perang.", "2017-04-04");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.country()).isEqualTo("Syria"));
    }

    @Test
    void anAttackElsewhereToldWithoutItsDayOutsideTheLeadIsBackground() {
        List<Event> es = code("Quetta - Sekelompok pria bersenjata menembak mati empat polisi di sebuah pos pemeriksaan di Quetta, "
                + "Pakistan, Senin (3/4).\nPara pelaku melarikan diri dengan sepeda motor, kata juru bicara kepolisian.\n"
                + "Dalam beberapa bulan terakhir, militan kerap menyasar aparat keamanan di provinsi itu. Salah satunya adalah "
                + "bom bunuh diri yang menewaskan 12 polisi di kota pelabuhan Gwadar.", "2017-04-04");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.location()).isEqualTo("Quetta"));
    }

    @Test
    void thePlaceTheTriggersOwnDiNamesIsTheDeeds() {
        // the jail the suspect was taken from is another verb's place; "aksi teror di kawasan Monas" is where the deed was
        List<Event> es = code("Jakarta - Seorang narapidana dijemput paksa tim Densus 88 dari Rumah Tahanan Cipinang, Kota Depok, "
                + "Jawa Barat, Kamis (6/4), atas dugaan keterlibatan aksi teror di kawasan Monumen Nasional pada Senin (3/4).",
                "2017-04-07");
        assertThat(es).anySatisfy(e -> {
            assertThat(e.location()).isEqualTo("Monumen Nasional");
            assertThat(e.eventDate()).isEqualTo("2017-04-03");
        });
    }

    @Test
    void anotherDeedOnItsOwnDayDoesNotJoinTheNextDaysDeed() {
        // the abduction of the 12th names no place; it is not a detail of the killing of the 13th at Alue Papeun
        List<Event> es = code("Lhokseumawe - Seorang anggota kelompok bersenjata menyerahkan senjata api jenis AK-47 kepada polisi, "
                + "Senin (5/6).\nKapolres Lhokseumawe menyebutkan, tersangka juga terlibat dalam kasus penculikan seorang kepala "
                + "desa pada 12 Maret lalu.\n\"Dia juga terlibat dalam pembunuhan dua warga pada 13 Maret lalu di Desa Alue "
                + "Papeun, Kecamatan Nisam Antara, Aceh Utara,\" ujar Kapolres.", "2017-06-06");
        assertThat(es).anySatisfy(e -> {
            assertThat(e.location()).isEqualTo("Alue Papeun");
            assertThat(e.subEventType()).isEqualTo("Attack");
            assertThat(e.eventDate()).isEqualTo("2017-03-13");
        });
    }

    @Test
    void theLeadsDeedIsNoLaterThanTheFirstDayASourceSpokeOnInTheWeek() {
        List<Event> es = code("Jakarta - Ratusan buruh berunjuk rasa menuntut kenaikan upah di depan Balai Kota Jakarta.\n"
                + "Massa membawa spanduk dan poster.\nMereka bertahan hingga malam hari.\n\"Kami minta massa segera "
                + "membubarkan diri,\" ujar Kapolres Jakarta Pusat di lokasi, Jumat (10/11).", "2017-11-12");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventDate()).isEqualTo("2017-11-10");
            assertThat(e.timePrecision()).isEqualTo(2);
        });
    }

    @Test
    void arrestsInManyCitiesSinceTheUnrestBeganAreAPeriodNotTheCapitalsArrests() {
        List<Event> es = code("Teheran - Penangkapan di berbagai kota Iran terus berlanjut sejak warga turun ke jalan pada tanggal 28 "
                + "Desember lalu.\nPada 3 Januari, seorang pejabat keamanan Teheran mengatakan 200 perusuh ditangkap di Teheran dalam "
                + "dua hari (30 dan 31 Desember).", "2018-01-10");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo("Tehran");
            assertThat(e.eventDate()).isEqualTo("2017-12-30");
        });
    }

    @Test
    void rocketsThatFellOnABaseAreAnAttack() {
        List<Event> es = code("Baghdad - Delapan roket jenis Katyusha terjatuh di kompleks pangkalan udara Balad, Minggu (12/1), "
                + "kata militer Irak.", "2020-01-13");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("Explosions/Remote violence");
            assertThat(e.location()).isEqualTo("Balad");
        });
    }

    @Test
    void aPlaceInsideTheWordsCrowdsChantIsNotWhereTheyAre() {
        List<Event> es = code("Ramallah - Di sejumlah kota, termasuk Hebron, ribuan pengunjuk rasa meneriakkan \"Yerusalem milik "
                + "Palestina\" sambil membawa bendera, Jumat (8/12).", "2017-12-09");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.location()).isEqualTo("Hebron"));
    }

    @Test
    void casesNamedAsExamplesOfAListAreNoEvents() {
        List<Event> es = code("Jayapura - Komnas HAM mencatat sejumlah kasus yang belum tuntas di Papua. Kasus itu antara lain "
                + "penembakan di Paniai (Desember 2014), kericuhan di Wamena (Mei 2015) dan pembakaran kios di Tolikara.",
                "2016-10-19");
        assertThat(es).isEmpty();
    }

    @Test
    void theDatelineDoesNotPlaceAHappeningOfYearsBeforeTheReport() {
        // a Dutch-led inquiry speaks in The Hague in 2019 of a downing in July 2014: the dateline is no place of that
        List<Event> es = code("Den Haag - Tim penyidik internasional untuk pertama kali mengumumkan nama empat "
                + "tersangka yang menembak jatuh pesawat penumpang itu dengan rudal pada Juli 2014.\nKepolisian Belanda akan "
                + "mengirim surat perintah penangkapan, kata jaksa Belanda dalam jumpa pers, Rabu (19/6/2019).", null);
        assertThat(es).noneSatisfy(e -> assertThat(e.country()).isEqualTo("Netherlands"));
    }

    @Test
    void aCrowdThatWillHoldAProtestHasNotHeldOne() {
        List<Event> es = code("Jakarta - Pengurus masjid membantah menutup pintu masjid bagi massa aksi buruh yang akan melakukan "
                + "aksi di depan Gedung DPR/MPR, Senin (20/2).", "2017-02-21");
        assertThat(es).isEmpty();
    }

    @Test
    void withoutAPublicationDayAnAttackElsewhereMayBeOfTheSameDays() {
        // no weekday resolves without a publication day, so "Sabtu pagi" leaves both attacks undated; both are reported
        List<Event> es = code("Beirut - Pejuang ISIS menyerang pasukan Suriah di gurun provinsi Homs pada Kamis malam, menewaskan 20 "
                + "tentara, kata Observatorium.\nPara pejabat tidak memberi keterangan.\nWilayah itu kaya akan ladang gas.\n"
                + "Gencatan senjata tidak berlaku di sana.\nPemantau itu mengatakan pemberontak "
                + "juga menyerang posisi pemerintah di desa Akrab pada Sabtu pagi, menewaskan 21 tentara.", null);
        assertThat(es).extracting(Event::location).contains("Akrab");
    }

    @Test
    void negationsAreWholeWords() {
        // "pemberontak", "Batak", "sebelum": words that end like "tak" or "belum" negate nothing
        List<Event> es = code("Idlib - Kelompok pemberontak menyerang pos tentara Suriah di kota Saraqib, Kamis (12/12).", "2019-12-13");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.eventType()).isEqualTo("Battles"));
        // but a church of the Protestants is no protest, and the deed that tells when surveillance ended is no new arrest
        assertThat(code("Jakarta - Ahad lalu, wali kota melarang Gereja Batak Karo Protestan (GBKP) Pasar Minggu menggelar ibadah.",
                "2017-10-25")).isEmpty();
        assertThat(code("Pekanbaru - Kepala Bidang Humas Polda Riau mengatakan polisi melakukan pengintaian sekitar enam bulan "
                + "sebelum menangkap para terduga teroris di Pekanbaru.", "2017-10-25")).isEmpty();
    }

    @Test
    void anEventOfAnotherKindToldOutsideTheLeadWithoutADayIsBackground() {
        List<Event> es = code("Gaza - Ratusan warga Palestina berunjuk rasa di Kota Gaza, Selasa (2/5), mendukung para tahanan yang "
                + "mogok makan di penjara Israel.\nAksi itu berlangsung damai.\nOtoritas Palestina menyebut 1.500 tahanan menolak "
                + "makan sejak pertengahan April.\nSayap militer Hamas memberi Israel waktu 24 jam untuk merespons tuntutan para "
                + "tahanan.\nHamas juga diyakini menahan dua warga Israel yang memasuki Jalur Gaza secara terpisah.", "2017-05-04");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.eventType()).isEqualTo("Protests"));
    }

    @Test
    void aMentionJoinsTheEventOfItsOwnTypeAtThePlaceNotAnotherKindThere() {
        List<Event> es = code("Kolombo - Pemerintah Sri Lanka kembali memberlakukan jam malam setelah bentrokan terjadi antara "
                + "kelompok-kelompok warga di Negombo.\nJam malam diberlakukan di daerah itu sampai pukul 7 pagi waktu setempat. "
                + "Akses ke media sosial juga diblokir untuk sementara.\n"
                + "Negombo juga menjadi tempat salah satu pemboman saat Minggu Paskah lalu. "
                + "Pemboman oleh militan yang menewaskan lebih dari 250 orang itu menimbulkan kekhawatiran akan kekerasan komunal.",
                "2019-05-06");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("Riots");
            assertThat(e.fatalities()).isNull(); // the Easter bombing's dead are not the clash's
        });
    }

    @Test
    void theDayASourceReportedBeforeItsVerbIsNoDayOfTheDeedAndThePoliceWhoIdentifyABomberAreNotItsSide() {
        List<Event> es = code("Kepolisian Manchester sudah memastikan pelaku bom bunuh diri dalam konser di Manchester Arena adalah "
                + "seorang pemuda berusia 22 tahun. Dia tinggal di selatan kota itu.\nReuters pada Rabu (24/5) melansir, pemuda itu "
                + "lahir di Manchester.", "2017-05-25");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.eventDate()).isEqualTo("2017-05-24");
            assertThat(e.timePrecision()).isEqualTo(2); // no later than the day Reuters reported, but not known to be that day
            assertThat(e.actor1()).doesNotStartWith("Police");
        });
    }

    @Test
    void aDayInWhatASourceSaidIsTheDeedsButTheDayItSpokeOnOnlyBoundsIt() {
        // "mengatakan, ledakan ... kemarin": the day belongs to what was said
        assertThat(code("Ankara - Menteri Dalam Negeri Turki Suleyman Soylu mengatakan, ledakan yang menghancurkan markas polisi di "
                + "Kota Diyarbakir kemarin merupakan aksi teroris.", "2017-04-12")).singleElement().satisfies(e -> {
                    assertThat(e.eventDate()).isEqualTo("2017-04-11");
                    assertThat(e.timePrecision()).isEqualTo(1);
                });
        // "mengatakan pada tanggal 3 Januari": the day the governor spoke; the arrests were no later
        assertThat(code("Teheran - Wakil Gubernur Golestan mengatakan pada tanggal 3 Januari, sekitar 150 perusuh di Gorgan ditangkap.",
                "2018-01-13")).singleElement().satisfies(e -> {
                    assertThat(e.eventDate()).isEqualTo("2018-01-03");
                    assertThat(e.timePrecision()).isEqualTo(2);
                });
    }

    @Test
    void placesJoinedByCommasOnlyAreAnAddressNotAList() {
        List<Event> es = code("Poso - Dua bom rakitan meledak di Pasar Tentena, Poso, Sulawesi Tengah pada 28 Mei 2005, menewaskan 22 orang.",
                "2005-05-29");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.location()).isEqualTo("Tentena"));
    }

    @Test
    void theLeadsMeansOfAttackDoNotCrossABorder() {
        // an air strike in Syria in the lead tells nothing of how an attack in Jakarta recalled below was done
        List<Event> es = code("Jakarta - Seorang bocah Indonesia berusia 12 tahun tewas dalam serangan udara di Suriah pada 1 September lalu. "
                + "Kabar itu membuka memori lama.\nAyahnya, Syaiful, adalah narapidana kasus terorisme. Ia pernah dijemput Densus 88 "
                + "dari penjara karena terlibat aksi teror di kawasan Thamrin, Jakarta Pusat, pada 14 Januari 2016.", "2017-09-14");
        assertThat(es).filteredOn(e -> e.country().equals("Indonesia")).singleElement()
                .satisfies(e -> assertThat(e.subEventType()).isNotEqualTo("Air/drone strike"));
    }

    @Test
    void aCountryOnlyLeadEventStandsWhenTheFinerPlacesAreInAnotherCountry() {
        List<Event> es = code("Jakarta - Seorang bocah Indonesia berusia 12 tahun tewas dalam serangan udara di Suriah pada 1 September lalu.\n"
                + "Ayahnya pernah ditangkap Densus 88 atas serangan bom rakitan di Pasar Tentena, Poso, pada 28 Mei 2005.", "2017-09-14");
        assertThat(es).extracting(Event::country).containsExactlyInAnyOrder("Syria", "Indonesia");
    }

    @Test
    void theDeedOfThoseArrestedNamesThemTheArrestIsTheEvent() {
        List<Event> es = code("Cirebon - Polisi menangkap tiga pelaku yang menyerang pos polisi di Kecamatan Sumber, Kabupaten Cirebon, Rabu (12/7).",
                "2017-07-13");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo("Arrests"));
    }

    @Test
    void aDatedLeadIsNoDetailOfAHappeningRecalledAfterIt() {
        List<Event> es = code("Jakarta - Pasukan Suriah mengambil alih markas ISIS pada Rabu (8/11). Pasukan itu dibantu milisi sekutu.\n"
                + "\"Benteng terakhir ISIS, Albu Kamal, sudah dibebaskan,\" ujar seorang komandan.\n"
                + "Albu Kamal menjadi benteng terbesar ISIS setelah Raqqa dikuasai pasukan lawan pada Oktober lalu.", "2017-11-10");
        assertThat(es).filteredOn(e -> e.eventDate().equals("2017-11-08")).singleElement()
                .satisfies(e -> assertThat(e.location()).isNotEqualTo("Ar Raqqah"));
    }

    @Test
    void whatWasSaidEarlierIsNoDeedOfEarlier() {
        List<Event> es = code("Jakarta - Tiga tentara Amerika Serikat dilaporkan tewas dalam serangan di timur Afghanistan, Sabtu (10/6).\n"
                + "Pemerintah lokal sebelumnya menyebutkan dua tentara AS tewas dalam bentrokan di Achin, Provinsi Nangarhar.\n"
                + "Pada April, militer AS menjatuhkan bom non-nuklir terbesar di distrik Achin yang dikenal sebagai persembunyian ISIS.",
                "2017-06-12");
        assertThat(es).extracting(Event::eventDate).containsExactlyInAnyOrder("2017-06-10", "2017-04-01");
    }

    @Test
    void whoIsHeldHostageIsAStateNotTheTakingOfHostages() {
        assertThat(code("Timika - Pemerintah memulai proses pembebasan 1.300 warga di Kampung Kimbely dan Banti, Kabupaten Mimika, "
                + "yang disandera kelompok kriminal bersenjata.", "2017-11-12")).isEmpty();
        // told with its day, the taking of hostages is an event
        assertThat(code("Timika - Kelompok kriminal bersenjata menyandera puluhan warga di Kampung Banti, Kabupaten Mimika, Kamis (9/11).",
                "2017-11-12")).singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo("Abduction/forced disappearance"));
    }

    @Test
    void aRecalledHappeningKeepsItsOwnDayNotTheDayOfArrestsCountedAfterIt() {
        List<Event> es = code("Jakarta - Kepolisian mengantongi identitas lima pelaku lain dalam kasus pengeroyokan dan pembakaran seorang "
                + "pria di Pasar Muara Bakti, Kabupaten Bekasi, Selasa (1/8) lalu.\nDua pelaku lain berinisial NM dan SH telah "
                + "ditangkap pada Minggu (6/8).", "2017-08-09");
        assertThat(es).filteredOn(e -> e.eventType().equals("Riots")).singleElement()
                .satisfies(e -> assertThat(e.eventDate()).isEqualTo("2017-08-01"));
    }

    @Test
    void theDayOfATrialIsNoDayOfTheDeedOnTrial() {
        List<Event> es = code("Jakarta - Aman menjalani sidang perdana sebagai terdakwa kasus bom Thamrin pada 15 Februari 2018. Jaksa "
                + "membacakan dakwaan selama dua jam.", null);
        assertThat(es).noneSatisfy(e -> assertThat(e.eventDate()).isEqualTo("2018-02-15"));
    }

    @Test
    void thePlaceOfADisasterNamedBesideAProtestIsNotItsPlace() {
        List<Event> es = code("Jakarta - Ratusan orang berunjuk rasa di depan Kedutaan Besar AS di Jalan Medan Merdeka Selatan, Jakarta, "
                + "Minggu (10/12).\nSelain mengikuti aksi bela Palestina itu, mereka juga menggalang dana untuk korban erupsi Gunung "
                + "Agung di Bali.", "2017-12-11");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.admin1()).isNotEqualTo("Bali"));
    }

    @Test
    void emptyTextHasNoEvents() {
        assertThat(code("", "2020-01-01")).isEmpty();
    }
}
