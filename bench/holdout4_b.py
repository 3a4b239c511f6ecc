# Holdout 4, part B (issue 13): labelled pairs of organisation names from signatory lists and
# co-signatory paragraphs of real joint letters and statements on human rights, press freedom,
# women's rights, refugees/migrants and anti-corruption in Francophone Africa, the Arab region
# (Tunisia, Egypt, the Gulf), Central Asia / Russia / Ukraine, and UN Human Rights Council
# statements. None of these lists was used by holdouts 1-3. Names are facts; no statement prose is kept.
# Built from the lists only, before any run of the duplicate finder on them.
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_pairs import P, p, N, H

SRC = {}
def S(k, title, where):
    SRC[k] = {'title': title, 'where': where}
    return k

# ---------- sources ----------
ASP = S('b-fidh-icc-asp14-2015', 'Memorandum to African States Parties of the ICC for the 14th Assembly of States Parties (Nov 2015), co-signatories with country in brackets',
        'https://www.fidh.org/en/issues/international-justice/memorandum-to-african-states-parties-of-the-international-criminal')
AU12 = S('b-au-icc-2012-fr', 'Lettre de plus de 30 organisations africaines aux États africains parties à la CPI avant le 18e/19e sommet de l\'UA (janvier 2012), « Organisations signataires de la lettre » (nom, ville, pays)',
         'https://reliefweb.int/report/world/ua-les-%C3%A9tats-africains-devraient-accro%C3%AEtre-leur-soutien-%C3%A0-la-justice')
ICC10 = S('b-salc-icc-2010', 'Press release "Civil society urges support for ICC" on the declaration of 124 African organisations before the Kampala review conference (24 May 2010), naming the Nigerian co-ordinator',
          'https://www.southernafricalitigationcentre.org/2010/05/24/press-release-africa-civil-society-urges-support-for-icc/')
ICC10F = S('b-hrw-icc-2010-fr', '« Afrique : La société civile appelle à soutenir la CPI » (24 mai 2010), version française du même communiqué',
           'https://www.hrw.org/fr/news/2010/05/24/afrique-la-societe-civile-appelle-soutenir-la-cpi')
CICCF = S('b-cicc-fr', 'Coalition pour la Cour pénale internationale, page d\'action « CRU - Togo » (nom de la Coalition en français)',
          'http://www.iccnow.org/?mod=urc0610&lang=fr')
GN21 = S('b-guinee-junte-2021', 'Communiqué de 2Z organisations de la société civile africaine à la junte en Guinée (2021), « Les Organisations signataires »',
         'https://www.africardv.com/politic/la-societe-civile-africaine-interpelle-la-junte-militaire-en-guinee/')
CGCPI = S('b-cgcpi-2018', 'Point de presse de la Coalition guinéenne pour la CPI (21 mars 2018), ses sept ONG membres avec sigles',
          'https://www.dspguinee.org/societe-point-de-presse-sur-le-lancement-des-activites-de-la-coalition-guineenne-pour-la-cour-penale-internationale-cgcpi/')
CGCPI17 = S('b-cgcpi-2017', 'Assemblée constitutive de la Coalition guinéenne pour la Cour pénale internationale (nov. 2017), organisations nommées',
            'https://lelynx.net/2017/11/justice-reconquerir-la-legitimite-de-la-cour-penale-internationale')
ACCRA = S('b-accra-2022-fr', 'Déclaration et Plan d\'action d\'Accra des INDH et des DDH (5-6 déc. 2022), organisations invitantes nommées en français avec sigles',
          'https://africandefenders.org/declaration-daccra-agreee-par-les-indh-et-les-ddh')
AU13 = S('b-cihrs-au-2013', 'Letter to AU Member States on Advancing Justice for Grave Crimes (May 2013), as published by CIHRS (names the African Commission and the African Court)',
         'http://www.cihrs.org/?p=6609&lang=en')
ACHPRF = S('b-achpr-cotonou-2017', 'Déclaration de Cotonou (Johannesburg+18), 2017, Commission africaine (nom français)',
           'https://achpr.au.int/index.php/fr/news/statements/2017-06-29/declaration-de-cotonou-sur-le-renforcement-et-lelargissement-de-la')
DW14 = S('b-dw-immunite-2014', 'DW: 141 organisations contre l\'article 46A bis (août 2014), signataire nommée',
         'https://8350.org/dw/fr/des-ong-dénoncent-limmunité-des-dirigeants/a-17879612')
TN23 = S('b-tn-associations-2023', 'Tunisie : communiqué des associations contre la proposition de loi sur les associations (déc. 2023), « Organisations signataires » en français et en arabe',
         'https://kapitalis.com/tunisie/2023/12/14/des-ong-denoncent-une-tentative-pour-etrangler-la-vie-associative-en-tunisie/')
TNEG = S('b-tn-egypte-2019', 'Communiqué commun de neuf organisations tunisiennes sur les condamnations à mort en Égypte (affaire Hicham Barakat, 2019), « Listes des organisations et associations signataires »',
         'https://realites.com.tn/fr/?p=139530')
FTD20 = S('b-tn-ftdes-2020', 'Communiqué des associations signataires après les violences devant l\'ARP, Tunis, 8 octobre 2020 (liste numérotée)',
          'https://ftdes.net/en/communique-de-presse/')
TN22 = S('b-tn-constitution-2022', 'Déclaration conjointe de plus de 30 associations appelant au retrait du projet de Constitution (7 juillet 2022), signataires',
         'https://directinfo.webmanagercenter.com/2022/07/07/tunisie-plus-de-30-associations-et-organisations-appellent-au-retrait-du-projet-de-constitution/')
TN24 = S('b-tn-libertes-2024', 'Communiqué des associations tunisiennes sur les atteintes aux libertés (18 nov. 2024), signataires avec sigles',
         'https://kapitalis.com/tunisie/2024/11/18/tunisie-des-associations-ong-denoncent-des-atteintes-aux-libertes/')
TNRES = S('b-tn-reseau-2024', 'Création du Réseau tunisien pour les droits et les libertés (sept. 2024), organisations membres',
          'https://kapitalis.com/tunisie/2024/09/04/tunisie-creation-dun-reseau-tunisien-pour-les-droits-et-les-libertes/')
DAAM = S('b-tn-daam-2021', '"No compromising the gains of the 2014 constitution", statement of 13 signatory associations, Tunis, 21 September 2021 (English)',
         'https://daamdth.org/archives/17133?lang=en')
TNAR = S('b-tn-arabic-2023', 'Statement of 20 Tunisian organisations (UGTT, LTDH, SNJT, ATFD, FTDES, ...) against the prosecution of activists and journalists, on the sentence against journalist Khalifa Guesmi (2022-23); signatory list in Arabic',
         'https://mithaq.info/%D9%88%D8%B7%D9%86%D9%8A%D8%A9/item/27216-%D9%85%D9%86%D8%B8%D9%85%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%AC%D8%AA%D9%85%D8%B9-%D8%A7%D9%84%D9%85%D8%AF%D9%86%D9%8A-%D8%AA%D8%B3%D8%AA%D9%86%D9%83%D8%B1-%D8%A5%D8%B5%D8%AF%D8%A7%D8%B1-%D8%AD%D9%83%D9%85-%D9%81%D9%8A-%D8%AD%D9%82-%D8%A7%D9%84%D8%B5%D8%AD%D9%81%D9%8A-%D8%AE%D9%84%D9%8A%D9%81%D8%A9-%D8%A7%D9%84%D9%82%D8%A7%D8%B3%D9%85%D9%8A.html')
NAN = S('b-tn-anti-torture-2023', 'Tunisian organisations announce an anti-torture coalition (2023), organisations named in English',
        'https://nan.media/en/tunisian-human-rights-organizations-announce-the-establishment-of-an-anti-torture-coalition')
EMR = S('b-euromed-tunis-2012', 'EMHRN Executive Committee meets in Tunis (5 March 2012), organisations named',
        'https://euromedrights.org/?p=3109')
EMR07 = S('b-emhrn-2007', 'Statement of the EMHRN Executive Committee, Ljubljana, Sept. 2007, as republished by CIHRS',
          'https://cihrs.org/a-disturbing-deterioration-on-all-fronts/?lang=en')
EMR23 = S('b-euromed-tunisia-2023', 'EuroMed Rights statement on Tunisia (7 March 2023), organisations named (as relayed)',
          'https://humanrightsdefenders.blog/tag/euromed-rights/')
EMRAR = S('b-euromed-ar-2020', 'EuroMed Rights Annual Report 2020 (title page in English, French and Arabic)',
          'https://docslib.org/doc/10493073/euromed-rights-annual-report-2020-june-2021')
TNEMR = S('b-tn-diabolisation-2023', 'ONG : Non à la diabolisation des acteurs de la société civile en Tunisie (nov. 2023), organisations nommées',
          'https://tunisie-news2020.blogspot.com/2023/11/ong-non-diabolisation-des-acteurs-de-la.html')
A19TN = S('b-a19-tunisia-2015', 'ARTICLE 19: Tunisia, thirteen organisations on the disappearance of Sofiane Chourabi and Nadhir Ktari (June 2015)',
          'https://www.article19.org/resources/tunisia-demands-for-government-to-shed-light-on-disappearances/')
HRC46 = S('b-hrc46-egypt-2021', 'Joint oral statement on Egypt at the 46th session of the UN Human Rights Council (2021), delivered by CIHRS with Lawyers for Lawyers and other NGOs',
          'https://lawyersforlawyers.org/en/joint-oral-statement-to-human-rights-council-on-egypt')
CPOST = S('b-cairopost-hrc25', 'The Cairo Post on the CIHRS statement at the 25th HRC session (2014); the article writes the acronym "CHIRS" once',
          'http://thecairopost.youm7.com/news/98829/news/cairo-human-rights-institute-asks-un-to-take-firm-actions-against-arab-countries')
GCHR = S('b-gchr-hrc50-2022', 'GCHR activities during HRC50 and CAT74 (2022): joint NGO call on Saudi Arabia and joint CAT report on the UAE, co-authors named',
         'https://www.gc4hr.org/news/view/3070')
ICJEG = S('b-icj-hrc45-2020', 'ICJ oral statement at the Human Rights Council with the Tahrir Institute for Middle East Policy (25 Sept. 2020)',
          'https://www.icj.org/country/egypt/page/11')
BH14 = S('b-index-bahrain-2014', 'Joint letter of 40 organisations on the crackdown in Bahrain before the 22 Nov. 2014 elections',
         'https://www.indexoncensorship.org/search/Norway/page/23')
CA19 = S('b-ca-mogherini-2019', 'Joint NGO letter to Federica Mogherini ahead of the EU-Central Asia ministerial (19 June 2019), signatures with acronym and country',
         'https://nadejda-atayeva-en.blogspot.com/2019/06/joint-ngo-letter-to-eus-federica.html ; also https://ahrca.org/publications/report/1029-joint-ngo-letter-to-the-eu-s-federica-mogherini-ahead-of-central-asia-visit-2')
CA14RU = S('b-ca-osce-2014-ru', 'Письменное заявление к Совещанию ОБСЕ по человеческому измерению, 23 сентября 2014 (названия организаций в родительном падеже)',
           'https://bureau.kz/publ-all/sobstvennaya_informaciya/article_7468')
CA14EN = S('b-ca-project-2014', 'New project launched in support of fundamental rights in Central Asia (April 2014), the four partner organisations',
           'https://www.iphronline.org/new-central-asia-project-launched-20140416.html')
CA25RU = S('b-ca-summit-2025-ru', 'Международные правозащитные организации призвали ... (апрель 2025), восемь организаций-подписантов по-русски',
           'https://vlast.kz/novosti/64648-mezdunarodnye-pravozasitnye-organizacii-prizvali-kazahstan-osvobodit-politzaklucennyh.html')
TM25 = S('b-tm-azathabar-2025', 'Çagyryş (Dec. 2025) signed by IPHR, TIHR, Turkmen.News and NHC, names in Turkmen',
         'https://www.azathabar.com/a/adam-hukuklary-guramalary-turkmenistany-rayat-jemgyyeti-aktiwistlerini-azat-etmage-cagyryar/33609842.html')
BD24 = S('b-birduino-hdim-2024', 'Bir Duino Kyrgyzstan side event at the OSCE/ODIHR HDIM, Warsaw, 7 Oct. 2024, partner organisations',
         'https://birduino.kg/en/press/ (press release on the side event of the public association "Bir Duino Kyrgyzstan")')
WLP = S('b-wlp-birduino', 'Women\'s Learning Partnership partner page for Bir Duino (English and Russian name)',
        'https://learningpartnership.org/who-we-are/partnership/bir-duino')
KIB = S('b-kibhr-strategy', 'KIBHR Strategic Plan 2015-2016 (its own full name and acronym)',
        'https://bureau.kz/en/development-strategy')
KK19 = S('b-forumasia-kk-2019', 'FORUM-ASIA, "From Our Member Dignity - Kadyr-kassiyet (KK), Kazakhstan" (1 Aug. 2019)',
         'https://2023.forum-asia.org/?p=29556')
MOU13 = S('b-civicsol-mou-2013', 'Central Asian human rights NGOs adopt Memorandum of understanding (Kiev Forum, 2013), implementing organisations',
          'https://www.civicsolidarity.org/article/673/central-asian-human-rights-ngos-adopt-memorandum-understanding')
PTA = S('b-provetheyarealive', '"Prove They Are Alive!" campaign participants (Turkmenistan Civic Solidarity Group)',
        'http://provetheyarealive.org/sample-page/campaign-participants/')
CSPTM = S('b-civicsol-turkmenistan', 'Civic Solidarity Platform, Working Group on Turkmenistan: campaign members',
          'https://www.civicsolidarity.org/member/1469/working-group-turkmenistan')
MEMRU = S('b-memorial-2021-ru', 'Открытое обращение правозащитных и других организаций региона ОБСЕ в связи с намерением ликвидировать «Мемориал» (ноябрь 2021)',
          'https://pana-defenders.info/petitions/protect_memorial2021/')
KOMM = S('b-kommersant-memorial', 'Коммерсантъ, «Дороги „Мемориалов“»: «Мемориал» и «Международный Мемориал»',
         'https://kommersant.ru/doc/5098096')
HRHK = S('b-hrhn-kyiv-2013', 'Human Rights House Network joint letter on the dispersal of Euromaidan (Dec. 2013), members of Human Rights House Kyiv named',
         'https://humanrightshouse.org/?p=11755')
ODR22 = S('b-kyiv-declaration-2022', 'openDemocracy on "The Kyiv Declaration" of 40 Ukrainian organisations (28 Feb. 2022)',
          'https://www.opendemocracy.net/en/odr/ukraine-russia-kyiv-declaration-human-rights-civil-society-leaders-appeal-urgent-help/')
UHHRU = S('b-uhhru-ua', 'Українська Гельсінська спілка з прав людини, «Свобода об\'єднань – 2017» (own name in Ukrainian)',
          'https://helsinki.org.ua/svoboda-ob-ednan-2017')
KHPG10 = S('b-khpg-2010', 'Call upon Ukraine to stop harassment of human rights defenders (28 Oct. 2010), 45 European organisations',
           'https://khpg.org/en/1288351411')
CCLUA = S('b-ccl-ua', 'Центр громадянських свобод, статті (PEN Ukraine named)',
          'http://ccl.org.ua/themes/international-relations-2/')
TG17 = S('b-apc-togo-2017-fr', 'Lettre de 35 organisations aux organismes internationaux sur la coupure d\'internet au Togo (sept. 2017), signataires nommés',
         'https://new.dev-d10.apc.org/fr/pubs/les-organisations-de-la-societe-civile-ecrivent-des-organismes-internationaux-propos-de')
KIC = S('b-kictanet-senegal', 'KICTANet: "Senegal must stop escalating trend of normalizing internet shutdowns" (#KeepItOn joint statement)',
        'https://posts.kictanet.or.ke/senegal-must-stop-escalating-trend-of-normalizing-internet-shutdowns/')
BAKE = S('b-bake-keepiton-2020', '#KeepItOn: BAKE joins the fight against government-ordered internet shutdowns (June 2020)',
         'https://www.blog.bake.co.ke/2020/06/04/keepiton-bake-joins-the-fight-against-government-ordered-internet-shutdowns/')
ABG1 = S('b-ablogui-2020', 'Communiqué de l\'ABLOGUI sur la restriction de l\'internet en Guinée',
         'https://leprecis224.com/index.php/restriction-de-linternet-ablogui-denonce-une-entorse-a-la-liberte-dexpression')
ABG2 = S('b-ablogui-2024', 'Ablogui soutient les actions citoyennes de protestation pour accéder à internet (26 janv. 2024)',
         'https://www.leprojecteurguinee.com/index.php/2024/01/26/ablogui-soutient-les-actions-citoyennes-de-protestation-pour-acceder-a-internet/')
SAH23 = S('b-sahel-presse-2023', 'Lettre ouverte de trente organisations et médias pour la liberté de la presse au Mali et au Burkina Faso (3 mai 2023), signataires nommés',
          'https://fr.allafrica.com/stories/202305030168.html')
UJAO = S('b-ujao-3mai', 'L\'UJAO dénonce des menaces au Sénégal et au Mali (3 mai)',
         'https://pambazuka.org/fr/governance/afrique-l%E2%80%99ujao-d%C3%A9nonce-des-menaces-au-s%C3%A9n%C3%A9gal-et-au-mali')
NIG24 = S('b-rfi-revue-2024', 'Revue de presse Afrique (RFI, 2024): suspension de la Maison de la presse (Niger), appel du Syndicat des professionnels de la presse de Guinée',
          'https://mobile.anghami.com/episode/1145402196')
LTM = S('b-letemps-ltdh-2023', 'Le Temps: la LTDH a 46 ans (7 mai 2023), nom complet et sigle', 'https://letemps.news/2023/05/07/a-loccasion-de-son-46eme-anniversaire-la-ltdh-renouvelle-son-attachement-aux-acquis-de-la-revolution-et-appelle-la-societe-civile-a-la-vigilance/?amp')
DSZ = S('b-dszim-keepiton-2016', 'Digital Society of Zimbabwe joins #KeepItOn (June 2016)', 'http://www.dszim.org/2016/06/12/keepiton-say-no-to-internet-shutdowns/')
O = S('own-name', 'the organisation\'s own name, acronym or name in another language as it publishes it (or a namesake organisation, for hard negatives)',
      'the organisation\'s public material')
C = S('constructed', 'a variant written by us from a real name by the one rule named in "category"; marked "constructed": true', '—')

# ====================== Francophone / sub-Saharan Africa: ICC and human rights defenders ======================
p("Civil Resource Development and Documentation Center", "Civil Resource Development and Documentation Centre", True, 'spelling', 'Center/Centre: the Nigerian co-ordinator of the 2010 declaration (SALC) and a 2015 co-signatory (FIDH)', ICC10, ASP, country_a='NG')
p("Civil Resource Development and Documentation Centre", "Centre de Documentation et de Développement des Ressources Civiles du Nigéria", True, 'cross-language+country', 'the French release names the same Nigerian centre (Oby Nwankwo, executive director) in French with the country appended', ASP, ICC10F, country_b='NG')
p("Civil Resource Development and Documentation Center", "CIRDDOC", True, 'acronym alone', 'CIRDDOC is the Enugu centre\'s own acronym (word order differs from the initials)', ICC10, O)
p("ITEKA – Ligue Burundaise de Défense des Droits de l’Homme", "Ligue Iteka", True, 'own name before a dash', 'the Burundian league calls itself Ligue Iteka', ASP, O, country_a='BI')
p("ITEKA – Ligue Burundaise de Défense des Droits de l’Homme", "Ligue burundaise des droits de l'homme Iteka", True, 'word order+word dropped', '"de Défense" dropped and Iteka moved to the end', ASP, O)
p("Ligue Djiboutienne des Droits de l’Homme", "LDDH", True, 'acronym alone', 'LDDH (Djibouti), the league that relayed the UIDH statement', ASP, O, country_a='DJ')
p("Ligue Ivoirienne des Droits de l’Homme", "Ligue ivoirienne des droits de l'Homme (LIDHO)", True, 'case+apostrophe+acronym', 'LIDHO (Abidjan)', ASP, O, country_a='CI')
p("Maison des Droits de l’Homme du Cameroun", "MDHC", True, 'acronym alone', 'MDHC (Douala)', ASP, O, country_a='CM')
p("Foundation for Human Rights Initiative (Uganda)", "Foundation for Human Rights Initiative (FHRI)", True, 'country vs acronym in brackets', 'FHRI (Kampala)', ASP, O, country_a='UG')
p("Civil Liberties Organisation (Nigeria)", "Civil Liberties Organization", True, 'spelling+country dropped', 'CLO (Lagos); "Organisation"/"Organization"', ASP, C, constructed=True)
p("Coalition for the International Criminal Court", "Coalition pour la Cour pénale internationale (CCPI)", True, 'cross-language+acronym', 'French name the Coalition uses on its own French pages', ASP, CICCF)
p("Coalition for the International Criminal Court", "CICC", True, 'acronym alone', 'CICC', ASP, O)
p("Action des Chrétiens Activistes des Droits de l'Homme de Shabunda (ACADHOSHA), Bukavu, République démocratique du Congo", "ACADHOSHA", True, 'acronym alone (name with city and country)', 'the list appends city and country to the name', AU12, O, country_a='CD')
p("Association Africaine de défense des Droits de l’Homme, République démocratique du Congo", "ASADHO", True, 'acronym not initials+country', 'ASADHO = Association africaine de défense des droits de l\'homme (Kinshasa)', AU12, O, country_a='CD')
p("Association Africaine de défense des Droits de l’Homme, République démocratique du Congo", "African Association for the Defence of Human Rights (ASADHO)", True, 'cross-language+country dropped', 'English name of ASADHO', AU12, O)
p("Amnesty International, Togo", "Amnesty International Togo", True, 'punctuation', 'the Togo section (director Aimé Adi named by DW as a signatory)', AU12, DW14, country_a='TG', country_b='TG')
H("Amnesty International, Ghana", "Amnesty International, Togo", 'national sections', 'two sections listed one after the other', AU12, AU12)
H("Amnesty Guinée", "Amnesty International, Sénégal", 'national sections', 'Guinea and Senegal sections', CGCPI, AU12)
H("International Commission of Jurists - Kenya", "International Commission of Jurists", 'international body vs national section', 'both in the same co-signatory list: ICJ Kenya is the Kenyan section', ASP, ASP)
N("Coalition for Justice and Accountability (Sierra Leone)", "Centre for Accountability and Rule of Law (Sierra Leone)", 'near-miss in one list', 'two Sierra Leonean organisations, both with "Accountability"', ASP, ASP)
H("Ligue Djiboutienne des Droits de l’Homme", "Ligue Ivoirienne des Droits de l’Homme", 'national leagues in two countries', 'two national leagues listed together', ASP, ASP)
N("Civil Liberties Organisation (Nigeria)", "Coalition of Eastern NGOs (Nigeria)", 'near-miss in one list', 'two Nigerian signatories', ASP, ASP)
# Guinea: national ICC coalition and its members
p("Coalition Guinéenne pour la CPI", "Coalition guinéenne pour la Cour pénale internationale", True, 'acronym expanded inside the name', 'CPI = Cour pénale internationale; the same coalition (CGCPI)', CGCPI, CGCPI17, country_a='GN', country_b='GN')
p("Coalition guinéenne pour la Cour pénale internationale", "CGCPI", True, 'acronym alone', 'CGCPI', CGCPI17, CGCPI)
H("Coalition guinéenne pour la Cour pénale internationale", "Coalition for the International Criminal Court", 'international body vs national member', 'the Guinean coalition is a member of the global Coalition', CGCPI17, ASP)
p("OGDH (l’Organisation Guinéenne des Défenses des Droits de l’Homme)", "Organisation guinéenne de défense des droits de l’homme", True, 'typo+acronym first', '"des Défenses" as printed by the coalition; OGDH', CGCPI, CGCPI17, country_a='GN')
p("AVIPA ( l’Association des Parents et Amis des massacres du 28 septembre 2009)", "Association des victimes, parents et amis du 28 septembre 2009 (AVIPA)", True, 'words differ+acronym', 'AVIPA: the coalition\'s gloss drops "victimes" and adds "massacres"', CGCPI, O)
p("COJEDEV ( le Consortium des Associations des Jeunes pour la Défense des Victimes en Guinée)", "COJEDEV", True, 'acronym alone', 'COJEDEV', CGCPI, O)
# Sub-regional defenders' networks (Guinea junta letter, Accra declaration)
p("Réseau Ouest Africain des Défenseurs des Droits Humains (ROADDH)", "West African Human Rights Defenders Network (WAHRDN)", True, 'cross-language, acronyms differ', 'ROADDH/WAHRDN, Lomé', GN21, O)
p("Réseau des Défenseurs des Droits Humains en Afrique Centrale (REDHAC)", "Central Africa Human Rights Defenders Network", True, 'cross-language', 'REDHAC (Douala) in English', GN21, O)
p("Réseau des Défenseurs des Droits Humains en Afrique Centrale (REDHAC)", "REDHAC", True, 'acronym alone', 'REDHAC', GN21, O)
p("ONG Human Rights Priority (HRP-ONG)", "Human Rights Priority", True, 'legal form+acronym', 'ONG (NGO) prefix and suffix', GN21, O)
p("Civil Society Human Rights Advocacy Platform of Liberia", "Civil Society Human Rights Advocacy Platform", True, 'country dropped (same organisation)', 'the Liberian platform; there is no other platform of that name', GN21, O, country_a='LR')
H("Réseau Ouest Africain des Défenseurs des Droits Humains (ROADDH)", "Réseau des Défenseurs des Droits Humains en Afrique Centrale (REDHAC)", 'sub-regional networks of two regions', 'West vs Central Africa, listed side by side', GN21, GN21)
H("Réseau panafricain des défenseurs des droits humains (AfricanDefenders)", "Réseau Ouest Africain des Défenseurs des Droits Humains (ROADDH)", 'continental network vs sub-regional member', 'ROADDH is one of the sub-regional networks of AfricanDefenders', ACCRA, GN21)
p("Réseau panafricain des défenseurs des droits humains (AfricanDefenders)", "Pan-African Human Rights Defenders Network (AfricanDefenders)", True, 'cross-language', 'English name of AfricanDefenders', ACCRA, O)
p("Projet des défenseurs des droits humains de l’Est et de la Corne de l’Afrique (DefendDefenders)", "East and Horn of Africa Human Rights Defenders Project", True, 'cross-language', 'DefendDefenders (Kampala) in English', ACCRA, O)
p("Projet des défenseurs des droits humains de l’Est et de la Corne de l’Afrique (DefendDefenders)", "DefendDefenders", True, 'own short name', 'DefendDefenders', ACCRA, O)
N("Projet des défenseurs des droits humains de l’Est et de la Corne de l’Afrique (DefendDefenders)", "Réseau panafricain des défenseurs des droits humains (AfricanDefenders)", 'near-miss in one list', 'two organisers of the Accra meeting; DefendDefenders hosts but is not AfricanDefenders', ACCRA, ACCRA)
p("Commission des droits humains et de la justice administrative du Ghana (CHRAJ)", "Commission on Human Rights and Administrative Justice (CHRAJ)", True, 'cross-language+country', 'Ghana\'s national human rights institution', ACCRA, O, country_a='GH')
p("Réseau des institutions nationales africaines des droits de l’Homme (RINADH / NANHRI)", "Network of African National Human Rights Institutions (NANHRI)", True, 'cross-language, two acronyms', 'NANHRI (Nairobi)', ACCRA, O)
p("Alliance mondiale des institutions nationales des droits de l’homme (GANHRI)", "Global Alliance of National Human Rights Institutions", True, 'cross-language', 'GANHRI', ACCRA, O)
H("Réseau des institutions nationales africaines des droits de l’Homme (RINADH / NANHRI)", "Alliance mondiale des institutions nationales des droits de l’homme (GANHRI)", 'regional network vs global alliance', 'NANHRI is a regional network within GANHRI', ACCRA, ACCRA)
p("African Commission on Human and Peoples’ Rights", "Commission africaine des droits de l’homme et des peuples", True, 'cross-language', 'ACHPR (Banjul) in English and French', AU13, ACHPRF)
H("African Commission on Human and Peoples’ Rights", "African Court on Human and Peoples’ Rights", 'two bodies of one system', 'the Commission (Banjul) and the Court (Arusha), named in the same letter', AU13, AU13)

# ====================== Tunisia / Arab region ======================
LTDH_BI = "Ligue Tunisienne pour la défense des Droits de l’Homme الرابطة التونسية للدفاع عن حقوق الانسان"
p(LTDH_BI, "Ligue tunisienne de défense des Droits de l’Homme", True, 'bilingual name vs one half, pour/de', 'French+Arabic entry vs French only, "pour la défense" vs "de défense"', TN23, TNEG, country_a='TN', country_b='TN')
p(LTDH_BI, "الرابطة التونسية للدفاع عن حقوق الانسان", True, 'bilingual name vs Arabic half', 'the Arabic half alone, as in the Arabic-only list', TN23, TNAR)
p("Ligue tunisienne de défense des Droits de l’Homme (LTDH)", "Tunisian League for Human Rights (LTDH)", True, 'cross-language, word dropped', 'LTDH in EuroMed\'s English', TN24, EMR)
p("La Ligue tunisienne des droits de l’Homme", "Tunisian League for the Defense of Human Rights", True, 'cross-language+article', 'LTDH: the 2022 list shortens the name and adds "La"', TN22, NAN)
p("Ligue tunisienne pour la défense des droits de l’Homme (LTDH)", "LTDH", True, 'acronym alone', 'LTDH', LTM, O)
H("Ligue tunisienne de défense des Droits de l’Homme (LTDH)", "Ligue Togolaise des Droits de l'Homme (LTDH)", 'same acronym, two countries', 'two FIDH member leagues sharing the acronym LTDH', TN24, O)
UGTT_BI = "Union générale tunisienne du travail الاتحاد العام التونسي للشغل"
p(UGTT_BI, "Union générale tunisienne du travail (UGTT)", True, 'bilingual name vs French+acronym', 'UGTT', TN23, TN24)
p(UGTT_BI, "Tunisian General Labour Union (UGTT)", True, 'cross-language (bilingual vs English)', 'UGTT in English', TN23, EMR23)
p("الاتحاد العام التونسي للشغل", "UGTT", True, 'Arabic name vs acronym', 'UGTT', TNAR, O)
p("Association tunisienne des femmes démocrates", "Tunisian Association of Democratic Women (ATFD)", True, 'cross-language', 'ATFD in English (EuroMed)', TNEG, EMR)
p("Association Tunisienne des Femmes Démocrates", "الجمعية التونسية للنساء الديمقراطيات", True, 'cross-script', 'ATFD in Arabic', FTD20, TNAR)
p("l’Association tunisienne des femmes démocrates", "Association tunisienne des Femmes démocrates (ATFD)", True, 'article+case+acronym', 'ATFD', TN22, TN24)
p("Syndicat National des Journalistes tunisiens", "Syndicat national des journalistes tunisiens (SNJT)", True, 'case+acronym', 'SNJT', TNEG, TN24)
p("Syndicat national des journalistes tunisiens (SNJT)", "National Union of Tunisian Journalists", True, 'cross-language', 'SNJT in ARTICLE 19\'s English', TN24, A19TN)
p("National Union of Tunisian Journalists", "National Syndicate of Tunisian Journalists", True, 'translation variant', 'both render "Syndicat national" of the SNJT', A19TN, NAN)
p("Forum Tunisien des Droits Économiques et Sociaux", "Tunisian Forum for Economic and Social Rights (FTDES)", True, 'cross-language+acronym', 'FTDES', FTD20, EMR23)
p("le Forum tunisien des droits économiques et sociaux", "Forum tunisien des droits économiques et sociaux (FTDES)", True, 'article+acronym', 'FTDES', TN22, TNRES)
p("المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "Forum tunisien des droits économiques et sociaux", True, 'cross-script', 'FTDES in Arabic', TNAR, TNEG)
p("Damj, l’Association Tunisienne pour la Justice et L’égalité", "DAMJ for Justice and Equality Association", True, 'cross-language+case slip', 'Damj: French list (capital L in "L’égalité") vs English list', FTD20, DAAM)
p("Damj, l’Association Tunisienne pour la Justice et L’égalité", "Tunisian Association for Justice and Equality", True, 'cross-language, own name dropped', 'Damj\'s descriptive name in English', FTD20, NAN)
p("جمعية دمج الجمعية التونسية للعدالة و المساواة", "DAMJ for Justice and Equality Association", True, 'cross-script', 'Damj in Arabic (own name + descriptive name)', TNAR, DAAM)
p("Association des femmes tunisiennes sur la recherche du développement", "l’Association des femmes tunisiennes pour la recherche et le développement", True, 'preposition+article differ', 'AFTURD: "sur la recherche du" (2019 list) vs "pour la recherche et le" (2022 list)', TNEG, TN22)
p("l’Association des femmes tunisiennes pour la recherche et le développement", "AFTURD", True, 'acronym alone', 'AFTURD', TN22, O)
p("Commission pour le respect des libertés et des Droits de l’Homme", "le Comité pour le respect des libertés et des droits de l’Homme en Tunisie", True, 'kind of body differs+country added', 'CRLDHT: "Commission" in the 2019 list, "Comité ... en Tunisie" in the 2022 list', TNEG, TN22)
p("Coalition tunisienne pour l’abolition de la peine de mort", "la Coalition tunisienne contre la peine de mort", True, 'wording differs', '"pour l\'abolition de" vs "contre": the Tunisian coalition against the death penalty (CTCPM)', TNEG, TN22)
p("l’Association ” Baity “", "Beity", True, 'transliteration+quotes+legal form', 'Beity/Baity (بيتي), the women\'s shelter association; the Arabic list has «جمعية بيتي»', TN22, TNRES)
p("l’Association pour le droit à la différence", "the Association for promotion of  the Right to Difference (ADD)", True, 'cross-language+word added+double space', 'ADD; the English list has a double space as printed', TN22, DAAM)
p("Tunisian Association for the Defence of Individual Liberties", "Association tunisienne de défense des libertés individuelles (ADLI)", True, 'cross-language', 'ADLI', DAAM, O)
p("l’Union tunisienne des médias associatifs", "الاتحاد التونسي للإعلام الجمعياتي", True, 'cross-script', 'the Tunisian union of community media', TN22, TNAR)
p("l’Organisation ” Bawsala “", "Al Bawsala", True, 'legal form+quotes+article', 'Al Bawsala (البوصلة)', TN22, O)
p("l’Association ” Amal ” pour la famille et l’enfant", "Association Amal pour la famille et l'enfant", True, 'quotes+article', 'children and families association (Tunis)', TN22, O)
p("I Watch", "I WATCH Organization", True, 'case+legal form', 'I Watch (Tunis)', TNRES, O)
H("I Watch", "Transparency International", 'international body vs national contact', 'I Watch is TI\'s partner in Tunisia, not TI', TNRES, O)
H("Tunisian league for women’s political rights Jendouba Branch", "Tunisian League for Women's Political Rights", 'national body vs its regional branch', 'the Jendouba branch signed on its own', DAAM, O)
H("l’Organisation tunisienne contre la torture", "Organisation mondiale contre la torture (OMCT)", 'national namesake vs international body', 'OCTT (Tunis) is not the OMCT, although the OMCT has a Tunis office', TN22, TN24)
N("Tunisian Association for the Defence of Individual Liberties", "Tunisian association for rural women’s rights", 'near-miss in one list', 'two Tunisian associations in the same list', DAAM, DAAM)
N("Association Tunisienne des Femmes Démocrates", "Association des femmes tunisiennes sur la recherche du développement", 'same words, two organisations', 'ATFD vs AFTURD: both Tunisian women\'s associations', FTD20, TNEG)
N("le Forum tunisien des droits économiques et sociaux", "le Réseau tunisien de la justice transitionnelle", 'near-miss in one list', 'two Tunisian bodies', TN22, TN22)
N("Le syndicat national des journalistes tunisiens", "l’Union tunisienne des médias associatifs", 'near-miss in one list', 'journalists\' union vs community media union', TN22, TN22)
# EuroMed Rights
p("Euro-Mediterranean Human Rights Network (EMHRN)", "EuroMed Rights", True, 'renamed network', 'EMHRN took the name EuroMed Rights (2015); same Copenhagen-based network', EMR, EMR23)
p("EuroMed Rights", "EuroMed Droits", True, 'cross-language', 'French name on the same annual report', EMR23, EMRAR)
p("Euro Mediterranean Human Rights Network (EMHRN)", "Euro-Mediterranean Human Rights Network (EMHRN)", True, 'hyphen', 'hyphen dropped in the CIHRS copy', EMR07, EMR)
p("EuroMed Droits", "Euro-Mediterranean Human Rights Network (EMHRN)", True, 'cross-language+renamed', 'the Tunisian statement names Kamel Jendoubi "président d\'honneur d\'EuroMed Droits"', TNEMR, EMR)
p("Fédération des Tunisiens pour une citoyenneté entre les deux rives (FTCR)", "FTCR", True, 'acronym alone', 'FTCR (Paris)', TNEMR, O)
p("EuroMed Rights", "EuroMed", True, 'word dropped', 'the 2024 Tunisian list writes "EuroMed…" for EuroMed Rights', EMR23, TN24)
# Egypt / Gulf / HRC
p("Cairo Institute for Human Rights Studies (CIHRS)", "CHIRS", True, 'acronym typo', 'the article writes "CHIRS" for CIHRS', HRC46, CPOST)
p("ALQST for Human Rights", "ALQST", True, 'word dropped', 'ALQST (London)', GCHR, O)
p("International Campaign for Freedom in the UAE (ICFUAE)", "International Campaign for Freedom in the United Arab Emirates", True, 'country abbreviation expanded', 'ICFUAE', GCHR, O)
p("Tahrir Institute for Middle East Policy", "TIMEP", True, 'acronym alone', 'TIMEP (Washington)', ICJEG, O)
p("Tahrir Institute for Middle East Policy", "The Tahrir Institute for Middle East Policy (TIMEP)", True, 'article+acronym', 'TIMEP', ICJEG, O)
p("Bahrain Centre for Human Rights (BCHR)", "Bahrain Center for Human Rights", True, 'spelling', 'Centre/Center: BCHR writes "Center" itself', BH14, O)
N("Bahrain Centre for Human Rights (BCHR)", "Gulf Centre for Human Rights (GCHR)", 'same words, two organisations', 'two centres once led by the same person, still two organisations', BH14, BH14)
N("Human Rights Watch (HRW)", "Human Rights House Network (HRHN)", 'same words, two networks', 'both abbreviated HR*; unrelated', GCHR, HRHK)

# ====================== Central Asia / Russia / Ukraine ======================
p("Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR, Kazakhstan)", "Kazakhstan International Bureau for Human Rights and the Rule of Law (KIBHR)", True, 'article+country in brackets', 'KIBHR (Almaty)', CA19, KIB, country_a='KZ', country_b='KZ')
p("Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR, Kazakhstan)", "Kazakhstan Human Rights Bureau", True, 'short form', 'Bir Duino\'s release names KIBHR "Kazakhstan Human Rights Bureau" and, lower, Zhovtis as head of the "Kazakhstan International Bureau for Human Rights"', CA19, BD24)
p("Kazakhstan International Bureau for Human Rights and Rule of Law", "Kazakhstan International Bureau for Human Rights", True, 'words dropped', 'same release, same bureau', CA14EN, BD24)
p("Kazakhstan International Bureau for Human Rights and Rule of Law", "Казахстанское международное бюро по правам человека и соблюдению законности", True, 'cross-language (Russian)', 'KIBHR\'s Russian name (the 2014 list prints it in the genitive, "Казахстанского международного бюро…")', CA14EN, CA14RU)
p("Казахстанское международное бюро по правам человека и соблюдению законности", "KIBHR", True, 'cross-script acronym', 'Russian name vs English acronym', CA14RU, KIB)
p("International Partnership for Human Rights (IPHR, Belgium)", "Международное партнерство по правам человека (IPHR)", True, 'cross-language (Russian)+country dropped', 'IPHR (Brussels)', CA19, CA25RU, country_a='BE')
p("International Partnership for Human Rights (IPHR, Belgium)", "Adam hukuklary boýunça halkara hyzmatdaşlyk (IPHR)", True, 'cross-language (Turkmen)', 'IPHR in Turkmen (Azatlyk)', CA19, TM25)
p("Turkmen Initiative for Human Rights (TIHR, Turkmenistan, based in exile in Austria)", "Adam hukuklary boýunça Türkmen başlangyjy (TIHR)", True, 'cross-language (Turkmen)+description', 'TIHR (Vienna)', CA19, TM25)
p("Turkmen Initiative for Human Rights (TIHR, Turkmenistan, based in exile in Austria)", "Туркменская инициатива по правам человека", True, 'cross-language (Russian)', 'TIHR in Russian (genitive in the 2014 list)', CA19, CA14RU)
p("Turkmen Initiative for Human Rights (based in exile in Austria)", "Turkmen Initiative for Human Rights (TIHR, Turkmenistan, based in exile in Austria)", True, 'description in brackets differs', 'TIHR', CA14EN, CA19)
p("Nota Bene (Tajikistan)", "Общественный фонд «Nota Bene» (Таджикистан)", True, 'legal form in Russian+country in Russian', 'Public Foundation Nota Bene (Khujand); the 2014 list prints "Общественного фонда «Nota Bene»"', CA19, CA14RU, country_a='TJ', country_b='TJ')
p("Nota Bene (Tajikistan)", "Public Foundation Nota Bene", True, 'legal form+country dropped', 'Nota Bene', CA19, O)
p("public association “Bir Duino Kyrgyzstan”", "Human Rights Movement: Bir Duino-Kyrgyzstan", True, 'legal form vs kind of body, hyphen', 'Bir Duino (Bishkek)', BD24, WLP, country_a='KG', country_b='KG')
p("Human Rights Movement: Bir Duino-Kyrgyzstan", "Бир Дуйно Кыргызстан", True, 'cross-script (Cyrillic)', 'the partner page gives both', WLP, WLP)
p("Бир Дуйно Кыргызстан", "Правозащитное движение «Бир Дуйно – Кыргызстан»", True, 'kind of body+dash', 'the 2014 list: «Правозащитного движения «Бир Дуйно – Кыргызстан»» (genitive)', WLP, CA14RU)
p("Dignity – Kadyr-kassiyet (KK), Kazakhstan", "Public Association \"Dignity\"", True, 'bilingual name vs English half+legal form', 'Kadyr-kassiyet = Dignity (Kazakh), FORUM-ASIA member', KK19, CA19, country_a='KZ')
p("Dignity – Kadyr-kassiyet (KK), Kazakhstan", "Kadyr Kassiyet", True, 'other half, hyphen, acronym and country dropped', 'Kazakh name alone', KK19, C, constructed=True)
p("Association for Human Rights in Central Asia (AHRCA, Uzbekistan, established by political emigres in France)", "AHRCA", True, 'acronym alone', 'AHRCA (Le Mans)', CA19, O)
N("Association for Human Rights in Central Asia (AHRCA, Uzbekistan, established by political emigres in France)", "Международная правозащитная организация «Клуб пламенных сердец»", 'two exile organisations', 'two Uzbek organisations based in France; AHRCA is not the Club of Fervent Hearts', CA19, CA14RU)
H("Kyrgyzstan’s Coalition against Torture", "Coalition against Torture and Impunity in Tajikistan", 'national coalitions in two countries', 'both named in the same letter\'s notes', CA19, CA19)
p("Legal Prosperity Foundation (Kyrgyzstan)", "Legal Prosperity Foundation", True, 'country dropped (same organisation)', 'Bishkek foundation; only one of that name', CA19, O, country_a='KG')
p("Norwegian Helsinki Committee", "Норвежский Хельсинкский комитет", True, 'cross-language (Russian)', 'NHC', PTA, CA25RU, country_a='NO', country_b='NO')
p("Norwegian Helsinki Committee", "Norwegiýanyň Helsinki komiteti (NHC)", True, 'cross-language (Turkmen)+acronym', 'NHC', PTA, TM25)
H("Norwegian Helsinki Committee", "Netherlands Helsinki Committee", 'national committees in two countries', 'two Helsinki committees', PTA, MOU13)
N("Netherlands Helsinki Committee", "Helsinki Foundation for Human Rights", 'same word, two organisations', 'NHC (The Hague) vs HFHR (Warsaw)', MOU13, CA19)
p("International Federation for Human Rights (FIDH)", "Международная федерация за права человека (FIDH)", True, 'cross-language (Russian)', 'FIDH', BD24, CA25RU)
p("World Organisation against Torture (OMCT)", "Всемирная организация против пыток (OMCT)", True, 'cross-language (Russian)', 'OMCT', GCHR, CA25RU)
p("Freedom Files (Russia)", "Analytical Center Freedom Files (Russia)", True, 'kind of body added', 'Freedom Files (Moscow)', PTA, CSPTM)
p("Human Rights Center Memorial", "Human Rights Center “Memorial” (Russia)", True, 'quotes+country', 'HRC Memorial (Moscow)', PTA, CSPTM)
p("Human Rights Center “Memorial” (Russia)", "ПЦ «Мемориал»", True, 'cross-language abbreviation', 'ПЦ = Правозащитный центр; the 2021 appeal writes ПЦ «Мемориал»', CSPTM, MEMRU)
p("Human Rights Center Memorial", "Правозащитный центр «Мемориал»", True, 'cross-language (Russian)', 'HRC Memorial (the appeal prints it in the dative, «Правозащитному центру «Мемориал»»)', PTA, MEMRU)
H("Правозащитный центр «Мемориал»", "«Международный Мемориал»", 'two entities of one movement', 'the Human Rights Centre and International Memorial were two legal entities, liquidated by two courts', MEMRU, KOMM)
H("Human Rights Center Memorial", "International Memorial", 'two entities of one movement', 'HRC Memorial vs International Memorial Society', PTA, O)
p("Crude Accountability (USA)", "Crude Accountability", True, 'country dropped (same organisation)', 'Crude Accountability (Alexandria, VA)', PTA, O, country_a='US')
p("Center for the Development of Democracy and Human Rights (Russia)", "Center for Development of Democracy and Human Rights", True, 'article dropped+country dropped', 'CDDHR (Moscow)', PTA, C, constructed=True)
N("Turkmen Initiative for Human Rights", "Turkmenistan Civic Solidarity Group", 'same country, two bodies', 'TIHR is one organisation; the group is a working group of the Civic Solidarity Platform', MOU13, PTA)
H("Initiative Group of Independent Human Rights Defenders of Uzbekistan", "Turkmen Initiative for Human Rights", 'same words, two countries', 'two Central Asian initiatives listed together', MOU13, MOU13)
# Ukraine
p("Ukrainian Helsinki Human Rights Union", "Українська Гельсінська спілка з прав людини", True, 'cross-language (Ukrainian)', 'UHHRU (Kyiv), member of Human Rights House Kyiv', HRHK, UHHRU, country_a='UA', country_b='UA')
p("Українська Гельсінська спілка з прав людини", "УГСПЛ", True, 'acronym alone (Cyrillic)', 'УГСПЛ', UHHRU, O)
p("Ukrainian Helsinki Human Rights Union", "Ukrainian Helsinki Group for Human Rights", True, 'other word for the body (doubtful press rendering)', 'openDemocracy names Oleksandr Pavlichenko, UHHRU\'s executive director, as director of the "Ukrainian Helsinki Group for Human Rights"', HRHK, ODR22)
p("Centre for Civil Liberties", "Center for Civil Liberties", True, 'spelling', 'CCL (Kyiv) writes "Center"', HRHK, O)
p("Center for Civil Liberties", "Центр громадянських свобод", True, 'cross-language (Ukrainian)', 'CCL', O, CCLUA)
H("Human Rights House Kyiv", "Human Rights House Network (HRHN)", 'network vs member house', 'HRH Kyiv is one house of the network', HRHK, HRHK)
N("Information Centre for Human Rights", "Centre for Civil Liberties", 'near-miss in one list', 'two members of HRH Kyiv', HRHK, HRHK)
H("Committee of Voters of Ukraine", "Kherson Regional Branch of the Committee of Voters of Ukraine", 'organisation vs its regional branch', 'the branch is named as a member of UHHRU', KHPG10, KHPG10)
p("Kharkiv Human Rights Protection Group", "Харківська правозахисна група", True, 'cross-language (Ukrainian)', 'KHPG', O, O)

# ====================== press freedom / #KeepItOn ======================
p("l'Association pour le Progrès des Communications (APC)", "Association for Progressive Communications (APC)", True, 'cross-language+article', 'APC', TG17, O)
p("Kenya ICT Action Network (KICTANet)", "KICTANet", True, 'acronym alone', 'KICTANet', TG17, KIC, country_a='KE')
p("Collaboration on International ICT Policy for East and Southern Africa (CIPESA)", "Collaboration on International ICT Policy in East and Southern Africa", True, 'preposition+acronym dropped', '"for" -> "in", acronym dropped', TG17, C, constructed=True)
p("World Wide Web Foundation", "Web Foundation", True, 'words dropped', 'the Web Foundation\'s short name', TG17, O)
H("Ghanaian Centre of PEN International", "PEN International", 'international body vs national centre', 'PEN Ghana vs PEN International', TG17, O)
H("Ghanaian Centre of PEN International", "PEN Ukraine", 'national centres in two countries', 'two PEN centres', TG17, CCLUA)
p("Bloggers Association of Kenya (BAKE)", "BAKE", True, 'acronym alone', 'BAKE', BAKE, O, country_a='KE')
p("Association des Blogueurs de Guinée (ABLOGUI)", "association des blogueurs de Guinée(Ablogui)", True, 'case+spacing+acronym case', 'ABLOGUI as printed by two Guinean papers', ABG1, ABG2, country_a='GN', country_b='GN')
H("Bloggers Association of Kenya (BAKE)", "Association des Blogueurs de Guinée (ABLOGUI)", 'namesakes in two countries and languages', 'two national bloggers\' associations', BAKE, ABG1)
p("la Fédération des journalistes africains", "Federation of African Journalists (FAJ)", True, 'cross-language+article', 'FAJ (IFJ\'s African region)', SAH23, O)
p("Union des journalistes de l’Afrique de l’Ouest (Ujao)", "West African Journalists Association (WAJA)", True, 'cross-language, acronyms differ', 'UJAO/WAJA (Dakar)', UJAO, O)
H("Union des journalistes de l’Afrique de l’Ouest (Ujao)", "la Fédération des journalistes africains", 'sub-regional union vs continental federation', 'WAJA is part of the FAJ region', UJAO, SAH23)
p("Syndicat des professionnels de la presse de Guinée", "SPPG", True, 'acronym alone', 'SPPG (Conakry)', NIG24, O, country_a='GN')
H("Maison de la presse", "Maison de la Presse du Mali", 'namesakes in two countries', 'the Niger press house (suspended 2024) vs the Mali one', NIG24, O)
N("Paradigm Initiative", "Digital Society of Zimbabwe", 'same field', 'two #KeepItOn members', TG17, DSZ)

if __name__ == '__main__':
    same = sum(1 for x in P if x['same'])
    print(len(P), 'pairs;', same, 'same;', len(P) - same, 'not;', sum(1 for x in P if x.get('hard_negative')), 'hard;', sum(1 for x in P if x.get('constructed')), 'constructed')
