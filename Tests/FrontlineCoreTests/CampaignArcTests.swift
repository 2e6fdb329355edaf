import Testing
@testable import FrontlineCore

/// Every campaign of the history issue at the resolution of its villages and neighbourhoods: for each, a few
/// places the campaign files date, each with who held it the day before its row and who took it that day, as the
/// row's source gives. Written by Tools/history/campaign_arcs.py from the rows (the source named after each
/// place) and checked by the same rule as ``ArcTests``; a change of date or controller in Data/campaigns must be
/// deliberate to pass.
@Suite struct CampaignArcTests {
    /// (region, day before, holder before, day of the change, holder after).
    static let steps: [(String, String, String, String, String)] = [
        // Mosul 2014: Mosul International Airport (Wikipedia, "Northern Iraq offensive (June 2014)"); al-Nuri Mosque
        // (Wikipedia, "Fall of Mosul")
        ("mosul-international-airport", "2014-06-09", "iraq-gov", "2014-06-10", "is"),
        ("mosul-al-nuri-mosque", "2014-06-09", "iraq-gov", "2014-06-10", "is"),
        // Tikrit/Baiji 2014: Tikrit University (Xinhua via Equipo Nizkor, "Iraqi security forces wage airborne
        // attack on militant-seized Tikrit"); Ajil oil field (Wikipedia, "Northern Iraq offensive (June 2014)")
        ("tikrit-university", "2014-06-25", "is", "2014-06-26", "iraq-gov"),
        ("al-munahilah", "2014-06-24", "iraq-gov", "2014-06-25", "is"),
        // Sinjar/Zumar 2014: Wanah (Wikipedia, "Northern Iraq offensive (August 2014)")
        ("wanah", "2014-08-02", "krg", "2014-08-03", "is"),
        // Nineveh plains 2014: Karemlash (Wikipedia, "Northern Iraq offensive (June 2014)"); Tall Aswad (Pakistan
        // Today (AFP), "US, Kurds kill 140 ISIS terrorists, retake 9 villages")
        ("karemlash", "2014-08-06", "krg", "2014-08-07", "is"),
        ("tall-aswad-al-hamdaniya", "2014-08-06", "krg", "2014-08-07", "is"),
        // Jalawla 2014: Sayyid Ahmad, Iraq (Rudaw, "Iranian troops not involved in Jalawla, Sadia fighting; 18
        // Peshmerga killed"); Mansuriyat al Jabal (Wikipedia, "Northern Iraq offensive (June 2014)")
        ("sayyid-ahmad-iraq", "2014-11-22", "is", "2014-11-23", "krg"),
        ("mansuriyat-al-jabal", "2014-06-26", "is", "2014-06-27", "iraq-gov"),
        // Amirli 2014: Barochali (Asharq Al-Awsat, "Iraq: Kurdish Peshmerga move beyond Kirkuk city"); Maftul
        // (Maftoul Kabira) (Human Rights Watch, "After Liberation Came Destruction: Iraqi Militias and the Aftermath
        // of Amerli" (ch. III, Looting of Civilian Property))
        ("barochali", "2014-06-11", "is", "2014-06-12", "krg"),
        ("maftul", "2014-06-10", "iraq-gov", "2014-06-11", "is"),
        // Tikrit 2015: Albu Ajil (MINA (Mi'raj Islamic News Agency), "Iraqi army, volunteer forces recapture
        // northern village from ISIL"); al-Alam (Wikipedia, "Second Battle of Tikrit")
        ("albu-ajil", "2015-03-07", "is", "2015-03-08", "iraq-gov"),
        ("al-alam", "2015-03-08", "is", "2015-03-09", "iraq-gov"),
        // Ramadi Dec 2015: Albu Sawdah (Wikipedia, "Battle of Ramadi (2015–2016)"); Albu Mahl (Wikipedia, "Battle of
        // Ramadi (2015–2016)")
        ("albu-sawdah", "2016-01-13", "is", "2016-01-14", "iraq-gov"),
        ("albu-mahl", "2016-01-15", "is", "2016-01-16", "iraq-gov"),
        // Baiji 2015: Tel Abu Jarad (NCC Iraq (Rudaw), "Iraqi Forces Capture Three Strategic Areas in Baiji"); Al
        // Seniyah (Al-Alam, "BY VIDEO; Iraqi Forces Advancing in Salahuddin")
        ("tel-abu-jarad", "2015-05-10", "is", "2015-05-11", "iraq-gov"),
        ("al-seniyah", "2015-10-16", "is", "2015-10-17", "iraq-gov"),
        // Sinjar Nov 2015: Zumani (Xinhua via China.org.cn, "Update: Kurdish forces cut strategic roads near Sinjar
        // in northern Iraq"); Wardiyah (Xinhua via China.org.cn, "Update: Kurdish forces cut strategic roads near
        // Sinjar in northern Iraq")
        ("zumani", "2015-11-11", "is", "2015-11-12", "krg"),
        ("wardiyah", "2015-11-11", "is", "2015-11-12", "krg"),
        // Hit 2016: al-Mohammadi (Xinhua via China.org.cn (chinagate), "Security forces free village from IS
        // militants in Iraq's Anbar"); Zankurah (ISW, "Iraq Situation Report: March 8 - 14, 2016")
        ("al-muhammadi", "2016-03-16", "is", "2016-03-17", "iraq-gov"),
        ("zanqurah", "2016-03-09", "is", "2016-03-10", "iraq-gov"),
        // Fallujah 2016: Hasai (al-Hessi) (Xinhua via China.org.cn (chinagate), "Security forces free new areas from
        // IS militants in Iraq"); Falahat (Palestine Today, report of 11 June 2016 ("القوات العراقية تحرر منطقتي
        // الفلاحات"))
        ("hasai", "2016-06-29", "is", "2016-06-30", "iraq-gov"),
        ("falahat", "2016-06-10", "is", "2016-06-11", "iraq-gov"),
        // Qayyarah 2016: Haj Ali (IQ News, "Iraqi Army Regains Control Of Three Villages Near Makhmour"); Kharaib
        // (IQ News, "Iraqi Army Regains Control Of Three Villages Near Makhmour")
        ("haj-ali", "2016-06-11", "is", "2016-06-12", "iraq-gov"),
        ("kharaib", "2016-06-11", "is", "2016-06-12", "iraq-gov"),
        // Nineveh plains 2016: Manarah (Manarat Shabak) (Wikipedia, "Battle of Mosul (2016–2017)"); Shaquli
        // (Kurdistan Region Security Council, "GCPF Statement: Peshmerga Forces Clear Nine Villages in East of
        // Mosul, in Area Measuring Approximately 200 Square Kilometers")
        ("manarah", "2016-11-06", "is", "2016-11-07", "iraq-gov"),
        ("wadi-shaquli", "2016-10-16", "is", "2016-10-17", "krg"),
        // Mosul east 2016-17: Nabi Yunus (Wikipedia, "Battle of Mosul (2016–2017)"); Exhibitions area (al-Maaridh)
        // (Wikipedia, "Battle of Mosul (2016–2017)")
        ("mosul-nabi-yunus", "2017-01-15", "is", "2017-01-16", "iraq-gov"),
        ("mosul-al-maaridh", "2017-01-02", "is", "2017-01-03", "iraq-gov"),
        // Mosul west 2017: al-Nuri Mosque (The Indian Express (AP), "In Mosul, Iraqi forces take landmark mosque
        // blown up by Islamic State"); Mosul Museum (Ahram Online (AFP), "Iraqi forces retake government HQ, museum
        // in Mosul")
        ("mosul-al-nuri-mosque", "2017-06-28", "is", "2017-06-29", "iraq-gov"),
        ("mosul-museum", "2017-03-06", "is", "2017-03-07", "iraq-gov"),
        // Tal Afar 2017: Qasr Mihrab (The Peninsula (Qatar), "12 Villages liberated from ISIS control in Tal Afar");
        // A'abrah Saghirah (The Peninsula (Qatar), "12 Villages liberated from ISIS control in Tal Afar")
        ("qasr-mahrab", "2017-08-19", "is", "2017-08-20", "iraq-gov"),
        ("al-ibrah-saghirah", "2017-08-19", "is", "2017-08-20", "iraq-gov"),
        // Hawija 2017: Al Abbasi (Iraqi News, "PM Abadi congratulates Iraqi troops on liberating region from IS in
        // Kirkuk"); Halawah (Press TV, "Iraqi forces retake more villages from Daesh militants near Hawijah")
        ("al-abbasi", "2017-09-28", "is", "2017-09-29", "iraq-gov"),
        ("halawah-al-hawiga", "2017-09-22", "is", "2017-09-23", "iraq-gov"),
        // Kirkuk Oct 2017: Maktab Khalid (Iraq News Service (Alghad Press), "Peshmerga withdraws from two regions in
        // Kirkuk, Iraqi troops advance"); Tall al Warad (Iraq News Service (Alghad Press), "Peshmerga withdraws from
        // two regions in Kirkuk, Iraqi troops advance")
        ("maktab-khalid", "2017-10-15", "krg", "2017-10-16", "iraq-gov"),
        ("tall-al-warad", "2017-10-15", "krg", "2017-10-16", "iraq-gov"),
        // Anah Rawa Qaim 2017: Al-Qa'im (Musings on Iraq, "Last Stage In Freeing Iraq Underway As Qaim Freed In
        // Western Anbar"); Rayhana (IraqiNews, "Iraqi forces recapture first area in push on Islamic State havens in
        // Anbar")
        ("al-qaim-al-kaim", "2017-11-02", "is", "2017-11-03", "iraq-gov"),
        ("al-rayhanna", "2017-09-18", "is", "2017-09-19", "iraq-gov"),
        // Kobani 2014-15: Tirmik Bijan (Wikipedia, "Siege of Kobanî"); Memit (Wikipedia, "Siege of Kobanî")
        ("tirmik-bijan", "2015-01-23", "is", "2015-01-24", "sdf"),
        ("memit", "2015-01-24", "is", "2015-01-25", "sdf"),
        // Tal Abyad 2015: Shunaynah (Tell Abyad) (Wikipedia, "Tell Abyad offensive"); Shunaynah (Wikipedia, "Tell
        // Abyad offensive")
        ("shunaynah-tell-abiad", "2015-06-14", "is", "2015-06-15", "sdf"),
        ("shunaynah", "2015-06-14", "is", "2015-06-15", "sdf"),
        // Hasakah 2015: Tell Hermez (ARA News, "U.S. forces target ISIS militants in Christian villages northern
        // Syria"); Qabr Shamiyah (ARA News, "U.S. forces target ISIS militants in Christian villages northern
        // Syria")
        ("tell-hermez", "2015-02-22", "syria-gov", "2015-02-23", "is"),
        ("qabr-shamiyah", "2015-02-22", "sdf", "2015-02-23", "is"),
        // Palmyra 2015: Amiriya (Wikipedia, "Palmyra offensive (May 2015)"); Palmyra Airport (Wikipedia, "Palmyra
        // offensive (May 2015)")
        ("ameriya", "2015-05-19", "syria-gov", "2015-05-20", "is"),
        ("palmyra-airport", "2015-05-19", "syria-gov", "2015-05-20", "is"),
        // Palmyra 2016: Amiriya (Wikipedia, "Palmyra offensive (March 2016)"); Tombs Valley (Wikipedia, "Palmyra
        // offensive (March 2016)")
        ("ameriya", "2016-03-25", "is", "2016-03-26", "syria-gov"),
        ("al-dawah", "2016-03-23", "is", "2016-03-24", "syria-gov"),
        // Palmyra Dec 2016: Amiriya (Wikipedia, "Palmyra offensive (December 2016)"); Qasr al-Halabat (Wikipedia,
        // "Palmyra offensive (December 2016)")
        ("ameriya", "2016-12-09", "syria-gov", "2016-12-10", "is"),
        ("qasr-al-halabat", "2016-12-07", "syria-gov", "2016-12-08", "is"),
        // Palmyra 2017: Amiriya (Wikipedia, "Palmyra offensive (2017)"); Palmyra Triangle (Wikipedia, "Palmyra
        // offensive (2017)")
        ("ameriya", "2017-02-28", "is", "2017-03-01", "syria-gov"),
        ("al-qadri-farms", "2017-02-28", "is", "2017-03-01", "syria-gov"),
        // Manbij 2016: Al-Khataf (Wikipedia, "Manbij offensive (2016)"); Hatabat (Manbij) (Wikipedia, "Manbij
        // offensive (2016)")
        ("al-khataf", "2016-07-01", "sdf", "2016-07-02", "is"),
        ("hatabat", "2016-06-15", "is", "2016-06-16", "sdf"),
        // Euphrates Shield: Qabasin (Wikipedia, "Battle of al-Bab"); Umm Adasah (Wikipedia, "Battle of al-Bab")
        ("kabbasin", "2016-11-14", "is", "2016-11-15", "turkey"),
        ("umm-adasah-al-bab", "2017-01-07", "sdf", "2017-01-08", "turkey"),
        // Tabqa 2017: Sahl al-Khashab (Wikipedia, "Raqqa campaign (2016–2017)"); Ibad (Wikipedia, "Battle of Tabqa")
        ("sahl-al-khashab", "2017-05-07", "is", "2017-05-08", "sdf"),
        ("ibad", "2017-04-08", "is", "2017-04-09", "sdf"),
        // Raqqa city 2017: Jazrah (Wikipedia, "Battle of Raqqa (2017)"); Mazrah Hattin (Syrian Civil War Map,
        // "Kurdish-led Syrian Democratic Forces captured first district in Raqqa City within a day")
        ("jazrah", "2017-06-05", "is", "2017-06-06", "sdf"),
        ("mazrah-hattin", "2017-06-05", "is", "2017-06-06", "sdf"),
        // Deir ez-Zor 2014-17: al-Huwayqa (Deir ez-Zor) (Reuters (via ASEAN NOW), "Syrian government says it retakes
        // Deir al-Zor from Islamic State"); Al Husayniyah (South Africa Today (Sputnik), "Syrian army surrounds
        // remaining Daesh terrorists in Deir ez-Zor – source")
        ("deir-ez-zor-al-huwayqa", "2017-11-02", "is", "2017-11-03", "syria-gov"),
        ("al-husayniyah-deir-ez-zor", "2017-10-15", "is", "2017-10-16", "syria-gov"),
        // Mayadin Quriyah Abu Kamal: Kishkiyah (Wikipedia, "Deir ez-Zor campaign (2017–2019)"); Abu Hardub
        // (Wikipedia, "Deir ez-Zor campaign (2017–2019)")
        ("kishkiyah", "2017-12-28", "is", "2017-12-29", "sdf"),
        ("abu-hardub", "2017-12-15", "syria-gov", "2017-12-16", "sdf"),
        // Hajin Baghuz: Ash Shajlah (Wikipedia, "Deir ez-Zor campaign (2017–2019)"); al-Bahrah (Wikipedia, "Deir
        // ez-Zor campaign (2017–2019)")
        ("ash-shajalah", "2018-10-28", "sdf", "2018-10-29", "is"),
        ("al-bahrah", "2018-11-22", "sdf", "2018-11-23", "is"),
        // Yarmouk basin 2018: Jillin (PanARMENIAN.Net (Al-Masdar), "Syrian army liberates over half of IS-held
        // pocket in country's southwest"); Hayt (SMART News Agency, "Khalid Ibn al-Walid Army seizes control over
        // Heit town, Daraa")
        ("jallin", "2018-07-25", "is", "2018-07-26", "syria-gov"),
        ("hayt", "2018-07-11", "rebels", "2018-07-12", "is"),
        // East Aleppo 2016: Bab al-Hadid (Al-Masdar News via Equipo Nizkor, "Syrian Army officially enters
        // surrendered east Aleppo districts"); Bab al-Nairab (Wikipedia, "Aleppo offensive (November–December
        // 2016)")
        ("aleppo-bab-al-hadid", "2016-12-06", "rebels", "2016-12-07", "syria-gov"),
        ("aleppo-bab-al-nairab", "2016-12-06", "rebels", "2016-12-07", "syria-gov"),
        // Homs al-Waer: Old Homs (Bustan al-Diwan) (The Peninsula (AFP), "Last Syria rebels quit Homs Old City")
        ("homs-bustan-al-diwan", "2014-05-08", "rebels", "2014-05-09", "syria-gov"),
        // East Ghouta 2018: Misraba (Muraselon, "Like hot knife through butter: Syrian Army cleaves E Ghouta region
        // into two pockets"); Beit Sawa (Uprooted Palestinians (Al-Masdar repost), "Tiger Forces liberate key town
        // in central part of East Ghouta")
        ("misraba", "2018-03-09", "rebels", "2018-03-10", "syria-gov"),
        ("beit-sawa", "2018-03-06", "rebels", "2018-03-07", "syria-gov"),
        // Damascus evacuations: Barzeh (DW, "Syrian rebels quit Damascus district"); Qadam (Xinhua, "Syrian army
        // captures areas near IS stronghold in southern Damascus")
        ("damascus-barzeh", "2017-05-28", "rebels", "2017-05-29", "syria-gov"),
        ("damascus-qadam", "2018-04-27", "is", "2018-04-28", "syria-gov"),
        // Daraa Quneitra 2018: Jisr al-Ash'ari (SouthFront, "Russian Military Police Entered Tafas Town In Western
        // Daraa Following Successful Negotiation"); al-Shaykh Saad (Syria Today (Al-Masdar), "Syrian Army Officially
        // Captures Militants Enclave in Daraa")
        ("jisr-al-ashari", "2018-07-10", "rebels", "2018-07-11", "syria-gov"),
        ("al-shaykh-saad", "2018-07-19", "rebels", "2018-07-20", "syria-gov"),
        // North Hama S Idlib 2015-19: Tall al-Sayyad (Wikipedia, "Northwestern Syria offensive (April–August
        // 2019)"); Hamamiyat (Wikipedia, "Northwestern Syria offensive (April–August 2019)")
        ("tall-al-sayyad-muhradah", "2019-08-21", "rebels", "2019-08-22", "syria-gov"),
        ("hamamiyat", "2019-07-10", "rebels", "2019-07-11", "syria-gov"),
        // Army of Conquest 2015: Basanqul (Wikipedia, "Northwestern Syria offensive (April–June 2015)"); Ma'taram
        // (Wikipedia, "Northwestern Syria offensive (April–June 2015)")
        ("basanqul", "2015-06-05", "syria-gov", "2015-06-06", "rebels"),
        ("mataram", "2015-05-27", "syria-gov", "2015-05-28", "rebels"),
        // Aleppo countryside 2016: Handarat (Alalam, "Syrian Army Recaptures Handarat Palestinian Refugees Camp in
        // Northern Aleppo"); Turaykiyah (Al-Masdar News via Off-Guardian, "Syrian army captures Aleppo Thermal
        // Plant, encircles ISIS")
        ("handarat", "2016-09-24", "syria-gov", "2016-09-25", "rebels"),
        ("turaykiyah", "2016-02-19", "is", "2016-02-20", "syria-gov"),
        // Afrin 2018: Kafr Shyl (Kafer Cil) (Hürriyet, "Son dakika... 15 köy daha alındı"); Aster (Astaro) (A News,
        // "Turkish forces, FSA liberate 7 more villages in Syria’s Afrin, civilian corridor open to south")
        ("kafr-shyl", "2018-03-14", "sdf", "2018-03-15", "turkey"),
        ("aster", "2018-03-16", "sdf", "2018-03-17", "turkey"),
        // Peace Spring 2019: Haylah (SouthFront, "Turkish-Backed Militants Capture Eleven Villages Around Tell
        // Abyad, Ras Al-Ayn"); Tell Halaf (Wikipedia, "2019 Turkish offensive into north-eastern Syria")
        ("haylah", "2019-10-15", "sdf", "2019-10-16", "turkey"),
        ("tell-halaf", "2019-10-10", "sdf", "2019-10-11", "turkey")
    ]

    @Test(arguments: steps.indices)
    func step(_ i: Int) throws { try ArcTests.check(Self.steps[i]) }
}
