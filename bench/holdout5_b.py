# Holdout 5, part B (issue 13): labelled pairs of organisation names from European lists and pages in
# their own languages (German, Austrian and Swiss "e.V." / "Verein" groups, Italian "associazione" /
# "onlus", Dutch "stichting" / "vereniging" / "vzw", Polish "fundacja" / "stowarzyszenie", Nordic,
# Greek, Czech), migration and refugee networks (ECRE, PICUM and their members), faith-based networks
# (Caritas national members, ACT Alliance, Islamic Relief), children's rights (national Save the
# Children / SOS members as hard negatives), LGBTI (ILGA and its regions), digital rights (EDRi and
# its members) and consumer organisations (BEUC and its members). None of these lists or pages was
# used before (not in /work/h5-used-sources.txt, ../shared/fixtures or test/fixtures/real-lists).
# Names are facts, copied as printed; no statement prose is kept. Built blind: without running the
# duplicate finder or any test, and without reading its code or its decision notes.
# Source ids start with "b5-".
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_pairs import P, p, N, H

SRC = {}
def S(k, title, where):
    SRC[k] = {'title': title, 'where': where}
    return k

# ---------------- sources ----------------
# Digital rights (EDRi and members)
DIGGES = S('b5-digiges-2013', 'Digitale Gesellschaft press release, 25 July 2013: open letter against surveillance, first signatories', 'https://digitalegesellschaft.de/2013/07/broad-coalition-calls-for-concrete-consequences-of-hacking-scandal/')
INETLAW = S('b5-internet-law-2013', 'Internet-Law blog, 25 July 2013: "Offener Brief gegen jede Form anlassloser Überwachung" (signing organisations named)', 'http://www.internet-law.de/2013/07/offener-brief-gegen-jede-form-anlassloser-uberwachung.html')
EDRIPRIV = S('b5-edri-privacy-2015', 'EDRi theme page "privacy": data retention analysis of 29 July 2015 (EDRi members named)', 'https://edri.org/theme/privacy/')
DEWIKI = S('b5-dewiki-edri', 'German Wikipedia (wikiup copy): European Digital Rights (German and Austrian members named)', 'https://de.wikiup.org/index.php?oldid=223422632&title=European_Digital_Rights')
DEKNOW = S('b5-knowledgr-edri-de', 'knowledgr.com German page "Europäische digitale Rechte" (translated article on EDRi)', 'https://de.knowledgr.com/02962802/EuropaeischeDigitaleRechte')
ENWEDRI = S('b5-enwiki-edri', 'English Wikipedia: European Digital Rights (founding board members\' organisations)', 'https://en.wikipedia.org/wiki/European_Digital_Rights')
AVTODID = S('b5-avtodid-edri', 'avtodid mirror of the English article on European Digital Rights (accents dropped)', 'https://amp.en.avtodid.pp.ua/6823894/1/european-digital-rights.html')
NETZP24 = S('b5-netzpolitik-epicenter-2024', 'netzpolitik.org, October 2024: epicenter.works needs money', 'https://netzpolitik.org/2024/epicenter-works-oesterreichs-wichtigste-digitalorganisation-braucht-dringend-geld/')
PANWIKI = S('b5-enwiki-panoptykon', 'English Wikipedia: Panoptykon Foundation', 'https://en.wikipedia.org/wiki/Panoptykon_Foundation')
PANPL = S('b5-plwiki-panoptykon', 'Polish Wikipedia (mirror): Fundacja Panoptykon', 'https://fanyv88.com/https/pl.m.wikipedia.org/wiki/Fundacja_Panoptykon')
PANART = S('b5-panoptykon-articles', 'Panoptykon (English site), article list: court win for SIN against Meta; "EDRi-member Panoptykon Foundation"', 'https://en.panoptykon.org/search?f%5B1%5D=category%3AArticle&page=3&sort_order=DESC')
PANLET = S('b5-panoptykon-articles-5', 'Panoptykon (English site), article list page 5: open letter to the European Commission on Poland (co-signers named)', 'https://en.panoptykon.org/articles?page=5')
BOFWIKI = S('b5-enwiki-bof', 'English Wikipedia: Bits of Freedom (infobox "Stichting Bits of Freedom", abbreviation BoF)', 'https://en.wikipedia.org/wiki/Bits_of_Freedom')
BOF22 = S('b5-bof-annual-2022', 'Bits of Freedom annual report 2022, "About our organisation"', 'https://2022.bitsoffreedom.nl/appendix/about/')
# Consumer organisations (BEUC and members)
BEUCWK = S('b5-beuc-wiki-mirror', 'Wiki mirror: The European Consumer Organisation (BEUC)', 'http://70.231.62.181/index.php/The_European_Consumer_Organisation')
BEUCEUI = S('b5-eui-archives-beuc', 'Historical Archives of the EU (EUI): authority record "Bureau Européen des Unions de Consommateurs (BEUC)"', 'https://archives.eui.eu/en/isaar/883')
BEUCFR = S('b5-enrd-beuc-fr', 'ENRD, EU organisations (French): Bureau européen des unions de consommateurs (BEUC)', 'https://enrd.ec.europa.eu/enrd-static/networks-and-networking/eu-organisations/eu-organisations/fr/beuc_fr.html')
BEUCIT = S('b5-enrd-beuc-it', 'ENRD, EU organisations (Italian): Ufficio europeo delle Unioni dei consumatori (BEUC)', 'http://enrd.ec.europa.eu/enrd-static/networks-and-networking/eu-organisations/eu-organisations/it/beuc_it.html')
TANL = S('b5-test-aankoop-intl', 'Test-Aankoop (Belgium), "Internationale samenwerking" (partner consumer organisations named)', 'https://www.test-aankoop.be/action/over%20ons/internationale%20samenwerking')
TAVW = S('b5-test-aankoop-voorwaarden', 'Test Aankoop, general terms of 25 June 2020 (definitions of the VZW and the cooperative)', 'https://www.test-aankoop.be/info/algemene-voorwaarden')
TAHIST = S('b5-test-aankoop-history', 'Test Aankoop history timeline (canvasflow web reader)', 'https://webreader.canvasflow.io/?id=116031')
# Migration and refugees
ECREWK = S('b5-enwiki-ecre', 'English Wikipedia: European Council on Refugees and Exiles (history: "started life as")', 'https://en.wikipedia.org/wiki/European_Council_on_Refugees_and_Exiles')
ICMAP = S('b5-interculturemap-ecre', 'Intercultural Map case study: ECRE (English and Italian abstracts)', 'http://www.interculturemap.org/EN/quality_of_life/case_study_quality_of_life.php?study_casePage=2&projectPage=4&case_study_id=64')
ECOI = S('b5-ecoi-ecre', 'ecoi.net source description: European Council on Refugees and Exiles (ECRE)', 'https://www.ecoi.net/en/source/11125.html')
ECRE08 = S('b5-ecre-annual-2008', 'ECRE Annual Report 2008 (docslib copy; cover credits and mission statement)', 'https://docslib.org/doc/11449928/annual-report-2008-pdf')
ASUECRE = S('b5-asu-ecre', 'ASU course page on the European Council on Refugees and Exiles (publications named)', 'https://www.public.asu.edu/~koptiuch/Migration2004/daijahl/Agency.htm')
PICUM14 = S('b5-picum-ar-2014', 'PICUM Annual Report 2014 (esdocs copy)', 'https://esdocs.com/doc/1600081/picum-2014-annual-report')
UNITED = S('b5-united-picum-2015', 'UNITED for Intercultural Action: PICUM statement of 11 September 2015, co-signed by UNITED', 'https://unitedfia.org/2015/09/11/statement-from-picum-eu-response-to-migration-turn-political-crisis-into-opportunity/')
# LGBTI
ILGAE09 = S('b5-ilga-europe-ar-2009', 'ILGA-Europe Annual Report 2009-2010 (docslib copy; masthead)', 'https://docslib.org/doc/9543631/annual-report-for-2009-2010')
ILGAUPC = S('b5-upc-ilga-europe', 'upcscavenger wiki copy: ILGA-Europe', 'http://www.upcscavenger.com/wiki/ILGA-Europe')
ILGALAC = S('b5-gwb-ilga-lac-2010', 'Gays Without Borders: message of President Lula to the 5th ILGA LAC conference, 28 January 2010', 'https://gayswithoutborders.wordpress.com/category/ilga/')
ILGAEXP = S('b5-explained-ilga-europe', 'everything.explained.today: ILGA-Europe', 'http://everything.explained.today/ILGA-Europe')
# Faith-based
CEWIKI = S('b5-enwiki-caritas-europa', 'English Wikipedia: Caritas Europa (infobox, "Formerly")', 'https://en.wikipedia.org/wiki/Caritas_Europa')
CEEXP = S('b5-explained-caritas-europa', 'everything.explained.today: Caritas Europa', 'https://everything.explained.today/Caritas_Europa/')
DCVZXC = S('b5-zxc-caritas-de', 'zxc.wiki (English translation of the German article): German Caritas Association', 'https://de.zxc.wiki/wiki/Caritas_Deutschland')
DCVINFO = S('b5-infolist-caritas-germany', 'TheInfoList: Caritas Germany', 'https://www.theinfolist.com/html/ALL/s/C/Caritas_Germany.html')
CARINT = S('b5-caritas-international-de', 'Caritas international (Freiburg) site header: FAQ on the floods', 'https://www.caritas-international.de/hilfeweltweit/europa/deutschland/faq-fluten')
SOZ = S('b5-sozialstruktur-caritas', 'sozialstruktur.org: Caritas international (English page)', 'http://sozialstruktur.org/en/caritas.html')
CIWIKI = S('b5-enwiki-caritas-internationalis', 'English Wikipedia: Caritas Internationalis (history)', 'https://en.wikipedia.org/wiki/Caritas_Internationalis')
VIENOT = S('b5-vienot-1999', 'Denis Viénot, speech to the directors of diocesan Caritas of Caritas Poland, Poznań, 19 May 1999', 'http://denis-vienot.org/1999_html/99_05.html')
IRDPP = S('b5-presseportal-ird-2021', 'Presseportal, 2021: 25 years of Islamic Relief Deutschland', 'https://www.presseportal.de/pm/50131/5021051')
IRDWIKI = S('b5-dewiki-islamic-relief', 'German Wikipedia: Islamic Relief (Islamic Relief Deutschland; coordinated by Islamic Relief Worldwide)', 'https://de.wikipedia.org/wiki/Islamic_Relief')
IRDACAD = S('b5-deacademic-ird', 'de-academic (older German Wikipedia text): Islamic Relief - Humanitäre Organisation in Deutschland e.V.', 'https://de-academic.com/dic.nsf/dewiki/667073')
IRWQAZ = S('b5-qaz-irw', 'de.qaz.wiki (German machine translation of the English article on Islamic Relief)', 'https://de.qaz.wiki/wiki/Islamic_Relief')
# Children's rights
STCMAM = S('b5-mamme-stc', 'mamme.tv: "La missione di Save the Children"', 'https://mamme.tv/?p=150')
STCSAP = S('b5-sapere-stc', 'Sapere.it encyclopedia: Save the children', 'http://sapere.it/enciclopedia/Save+the+children.html')
STCBIS = S('b5-battiamoilsilenzio-stc', 'Battiamo il silenzio (Italian government portal), association page "Save The Children Italia Onlus"', 'https://battiamoilsilenzio.gov.it/associazioni/22/Save%20The%20Children%20Italia%20Onlus')
STCADO = S('b5-adottami-stc', 'adottami.org: the Italian branch of Save the Children', 'http://www.adottami.org/adotta-a-distanza-scopri-perche-e-il-modo-migliore-per-dare-una-mano/save-the-children-it-riferimenti-della-filiale-italiana')
C = S('constructed', 'constructed variant (flagged)', '')

# ---------------- pairs ----------------
# Digital rights
p("Digitale Gesellschaft e. V.", "Digitale Gesellschaft", True, 'legal form (e.V.) dropped', 'the German association that drafted the 2013 letter, with and without "e. V."', DIGGES, INETLAW)
p("Digitale Gesellschaft e.V.", "Digitale Gesellschaft e. V.", True, 'legal form spacing', 'the same release writes "e.V." and "e. V."', DIGGES, DIGGES)
p("Chaos Computer Club e.V.", "Chaos Computer Club", True, 'legal form (e.V.) dropped', 'a first signatory of the 2013 letter in both lists', DIGGES, INETLAW)
p("CCC", "Chaos Computer Club e.V.", True, 'acronym vs full name with legal form', 'German Wikipedia names the EDRi member CCC; the letter prints the full name', DEWIKI, DIGGES)
p("Eletronic Frontier Foundation", "Electronic Frontier Foundation", True, 'typo', 'the same US signatory, misspelt in the press release', DIGGES, INETLAW)
H("Electronic Frontier Foundation", "Electronic Frontier Finland (EFF)", 'same acronym, different organisation', 'EFF the US foundation vs EFF (Effi) the Finnish EDRi member', INETLAW, EDRIPRIV)
p("German Journalist Association", "Deutscher Journalisten-Verband", True, 'cross-language (en/de)', 'the journalists\' union signing the 2013 letter, in the English release and the German blog', DIGGES, INETLAW)
p("Greenpeace Germany", "Greenpeace", True, 'country dropped', 'the same signatory of the 2013 letter (Greenpeace Germany) listed as "Greenpeace"', DIGGES, INETLAW)
p("epicenter.works", "Epicenter Works", True, 'punctuation+case', 'the Austrian EDRi member, written as its domain and as two words', DEWIKI, NETZP24)
p("Europäische digitale Rechte", "European Digital Rights (EDRi)", True, 'cross-language (de/en)', 'the German page translates the name of EDRi', DEKNOW, ENWEDRI)
p("Imaginons un Reseau Internet Solidaire", "Imaginons un Réseau Internet Solidaire", True, 'accent dropped', 'the French founding member of EDRi, accent lost in a mirror', AVTODID, ENWEDRI)
N("noyb - European Center for Digital Rights", "European Digital Rights (EDRi)", 'shared words', 'noyb is an Austrian member of EDRi, a different organisation', DEWIKI, ENWEDRI)
N("Digitalcourage", "Digitale Gesellschaft", 'shared stem', 'two German digital rights associations, both signatories', INETLAW, INETLAW)
p("Panoptykon Foundation (Fundacja Panoptykon)", "Fundacja Panoptykon", True, 'cross-language (en/pl) bilingual', 'the Polish foundation under its English and Polish names', PANWIKI, PANPL)
p("Panoptykon", "Panoptykon Foundation", True, 'kind of body dropped', 'EDRi names its member "Panoptykon"; its own site "Panoptykon Foundation"', EDRIPRIV, PANART)
p("Społeczna Inicjatywa Narkopolityki (SIN, the Civil Society Drug Policy Initiative)", "the Civil Society Drug Policy Initiative", True, 'cross-language, bilingual with acronym', 'Panoptykon gives the Polish name, the acronym and the English gloss', PANART, PANART)
p("Stichting Bits of Freedom", "Bits of Freedom", True, 'legal form (stichting) dropped', 'the Dutch EDRi founding member; infobox name vs its own annual report', BOFWIKI, BOF22)
p("Stichting Bits Of Freedom", "Bits of Freedom", True, 'legal form+case', '"Of" capitalised in the article body', BOFWIKI, BOF22)
p("BoF", "Stichting Bits of Freedom", True, 'acronym alone', 'abbreviation given in the infobox', BOFWIKI, BOFWIKI)
p("European Digital Rights (EDRI)", "European Digital Rights (EDRi)", True, 'acronym case', 'EDRI vs EDRi', BOFWIKI, BOF22)
H("Panoptykon Foundation", "European Digital Rights (EDRi)", 'member vs network', 'Panoptykon is an EDRi member', PANART, ENWEDRI)
H("Bits of Freedom", "European Digital Rights (EDRi)", 'member vs network', 'Bits of Freedom is a founding member of EDRi', BOF22, BOF22)
N("Open Society Foundation", "Open Rights Group (ORG)", 'shared first word', 'a funder of epicenter.works vs the UK digital rights group', NETZP24, EDRIPRIV)
# Consumer organisations
p("The European Consumer Organisation (BEUC)", "Bureau Européen des Unions de Consommateurs (BEUC)", True, 'cross-language (en/fr)', 'BEUC under its English and French names', BEUCWK, BEUCEUI)
p("Bureau européen des unions de consommateurs (BEUC)", "Ufficio europeo delle Unioni dei consumatori (BEUC)", True, 'cross-language (fr/it)', 'the same ENRD page on BEUC in French and in Italian', BEUCFR, BEUCIT)
p("Bureau européen des unions de consommateurs (BEUC)", "Bureau Européen des Unions de Consommateurs (BEUC)", True, 'case', 'capitalisation differs', BEUCFR, BEUCEUI)
p("Consumers Intrernational (CI)", "Consumers International (CI)", True, 'typo', 'the Italian ENRD page misspells Consumers International', BEUCIT, BEUCFR)
p("CI (Consumers International)", "Consumers International (CI)", True, 'acronym placement', 'Test-Aankoop writes the acronym first', TANL, BEUCFR)
H("Consumers International (CI)", "The European Consumer Organisation (BEUC)", 'international body vs its associate member', 'BEUC is an associate member of Consumers International', BEUCFR, BEUCWK)
p("OCU (Organizacion de Consumidores y Usuarios)", "OCU", True, 'acronym + expansion without accent', 'the Spanish partner of Test-Aankoop, expansion printed without the accent', TANL, TANL)
p("Test-Aankoop", "Test Aankoop", True, 'hyphen', 'the Belgian consumer organisation with and without a hyphen', TANL, TAHIST)
p("Test Achats", "Test Aankoop", True, 'cross-language (fr/nl)', 'the history timeline: founded as Test Achats, the Dutch magazine is Test Aankoop', TAHIST, TAHIST)
p("De Belgische Verbruikersunie Test-Aankoop VZW", "Test-Aankoop", True, 'legal form and long name', 'the association\'s full legal name in the terms', TAVW, TANL)
H("De Belgische Verbruikersunie Test-Aankoop VZW", "De Verbruikersunie Test Aankoop CV", 'association vs its cooperative company', 'the terms define two legal entities: the non-profit VZW and the cooperative CV', TAVW, TAVW)
# Migration and refugees
p("European Council on Refugees and Exiles (ECRE)", "European Consultation on Refugees and Exiles", True, 'former name', 'ECRE "started life as the European Consultation on Refugees and Exiles"', ECREWK, ECREWK)
p("Il Consiglio Europeo sui Rifugiati e gli Esiliati", "The European Council on Refugees & Exiles", True, 'cross-language (it/en)', 'the Italian and English abstracts of one case study name ECRE', ICMAP, ICMAP)
p("The European Council on Refugees & Exiles", "European Council on Refugees and Exiles (ECRE)", True, 'ampersand+article', '"&" for "and"', ICMAP, ECOI)
N("ECRE/Danish Refugee Council", "Danish Refugee Council", 'joint publisher vs one of them', 'a report "published by ECRE/Danish Refugee Council": two organisations written as one', ASUECRE, ASUECRE)
p("Platform for International Cooperation on Undocumented Migrants (PICUM)", "PICUM", True, 'acronym alone', 'PICUM in its own annual report', PICUM14, UNITED)
# LGBTI
p("ILGA-Europe – the European Region of the International Lesbian, Gay, Bisexual, Trans & Intersex Association (ILGA)", "ILGA-Europe", True, 'short name vs descriptive long name', 'the masthead of ILGA-Europe\'s annual report', ILGAE09, ILGAUPC)
H("ILGA-Europe", "International Lesbian, Gay, Bisexual, Trans and Intersex Association (ILGA World)", 'region vs world body', 'ILGA-Europe is the European region of ILGA World', ILGAUPC, ILGAUPC)
H("International Lesbian, Gay, Bisexual, Transex and Intersex Association in Latin America and the Caribbean", "ILGA-Europe", 'two regions of one network', 'ILGA LAC and ILGA-Europe are two regions of ILGA', ILGALAC, ILGAEXP)
N("Transgender Europe", "ILGA-Europe", 'shared word', 'Transgender Europe is a separate network', ILGAEXP, ILGAEXP)
# Faith-based
p("Caritas Europa", "Euro-Caritas", True, 'former name', 'Wikipedia: "Formerly: Euro-Caritas (1985-1993)"', CEWIKI, CEWIKI)
p("Eurocaritas", "Euro-Caritas", True, 'hyphen', 'the former name of Caritas Europa written without a hyphen', CEEXP, CEWIKI)
H("Caritas Europa", "Caritas Internationalis", 'region vs confederation', 'Caritas Europa is one of the seven regions of Caritas Internationalis', CEWIKI, CIWIKI)
p("German Caritas Association", "Caritas Germany", True, 'word order/long name', 'the Deutscher Caritasverband under two English names', DCVZXC, DCVINFO)
p("Caritas Deutschland", "Caritas Germany", True, 'country name in another language', 'Deutschland / Germany', CARINT, DCVINFO)
p("Charitas Association for Catholic Germany", "German Caritas Association", True, 'former name', 'the association was founded in 1897 as the Charitas Association for Catholic Germany', DCVZXC, DCVZXC)
H("Caritas international", "Caritas Internationalis", 'national member\'s relief arm vs confederation', 'Caritas international is the relief department of Caritas Germany, not the Rome confederation', CARINT, CIWIKI)
H("Caritas Germany", "Caritas Internationalis", 'national member vs confederation', 'Caritas Germany is a founding member of Caritas Internationalis', SOZ, CIWIKI)
H("Caritas Switzerland", "Caritas Austria", 'two national members', 'two national Caritas organisations (1901, 1903)', CIWIKI, CIWIKI)
N("Diakonie Deutschland", "German Caritas Association", 'same field', 'the Protestant counterpart of the Catholic Caritas', DCVZXC, DCVZXC)
p("Islamic Relief Deutschland (IRD)", "Islamic Relief- Humanitäre Organisation in Deutschland e.V.", True, 'legal name vs short name', 'the Cologne association founded 1996, older and newer German Wikipedia text', IRDWIKI, IRDACAD)
p("Islamic Relief Deutschland", "IRD", True, 'acronym alone', 'IRD used throughout', IRDPP, IRDPP)
H("Islamic Relief Deutschland", "Islamic Relief Worldwide (IRW)", 'national member vs international body', 'IRD is part of the network coordinated by Islamic Relief Worldwide in Birmingham', IRDWIKI, IRDWIKI)
p("Islamische Hilfe weltweit", "Islamic Relief Worldwide", True, 'cross-language (de/en) translated', 'a machine translation of the name of the Birmingham head office', IRWQAZ, IRDWIKI)
# Children's rights
p("Save the Children Italia Onlus", "Save the Children Italia", True, 'legal form (Onlus) dropped', 'the Italian member founded in 1998', STCSAP, STCMAM)
p("Save The Children Italia Onlus", "Save the Children Italia Onlus", True, 'case', '"The" capitalised in the portal\'s page title', STCBIS, STCSAP)
H("Save the Children Italia", "Save the Children International", 'national member vs international body', 'the Italian member vs the operational structure of the movement', STCBIS, STCBIS)
H("Save the Children Italia Onlus", "International Save the Children Alliance", 'national member vs alliance', 'Italy is represented in the alliance by the Onlus', STCSAP, STCSAP)
