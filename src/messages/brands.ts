/**
 * The brands smishers imitate most, worldwide and in the countries most exposed by the 2021-22
 * phone-number leaks, and an index over them: which brand owns a registered domain, which
 * brands a text names.
 *
 * Curation rules. Accuracy matters more than size: a domain listed here makes a link look
 * official, so only domains the brand is known to own are listed (registered domains, as tldts
 * computes them without private suffixes, and the brand's own URL shorteners such as `amzn.to`).
 * `names` are lower case, in any script, as messages write them; a name that is an ordinary
 * word in one of the cue languages (en, ar, it, fr, es, tr, ru, pt, de, hi, id) is left out or
 * kept only in an unambiguous form (`three mobile`, `free mobile`, `orange money`), because
 * `brandsNamedIn` would otherwise fire on everyday text (`free`, `orange`, `we`, `vi`, German
 * and Spanish `ups` for "oops", Spanish `correos` for "e-mails", Turkish `ziraat`). Official
 * domains are matched as names too, so `orange.fr` or `ups.com` in a text is found.
 * `senderIds` are upper case, at most 11 characters (longer alphanumeric sender IDs are cut to
 * 11 by the networks). `regions` is empty for global brands.
 */
import type { Brand } from './types.js';

// One brand per line, as a table: easier to review than prettier's one field per line.
// prettier-ignore
export const BRANDS: readonly Brand[] = [
  { id: 'dhl', name: 'DHL', kind: 'delivery', names: ['dhl', 'dhl express', 'dhl paket'], domains: ['dhl.com', 'dhl.de', 'dhlparcel.nl'], senderIds: ['DHL'], regions: [] },
  { id: 'deutsche-post', name: 'Deutsche Post', kind: 'delivery', names: ['deutsche post'], domains: ['deutschepost.de'], senderIds: ['DEUTSCHEPOS'], regions: ['DE'] },
  { id: 'ups', name: 'UPS', kind: 'delivery', names: ['united parcel service', 'ups my choice'], domains: ['ups.com'], senderIds: ['UPS'], regions: [] },
  { id: 'fedex', name: 'FedEx', kind: 'delivery', names: ['fedex'], domains: ['fedex.com'], senderIds: ['FEDEX'], regions: [] },
  { id: 'tnt', name: 'TNT', kind: 'delivery', names: ['tnt express'], domains: ['tnt.com'], senderIds: ['TNT'], regions: [] },
  { id: 'usps', name: 'USPS', kind: 'delivery', names: ['usps', 'us postal service', 'united states postal service'], domains: ['usps.com'], senderIds: ['USPS'], regions: ['US'] },
  { id: 'royal-mail', name: 'Royal Mail', kind: 'delivery', names: ['royal mail', 'royalmail'], domains: ['royalmail.com', 'royalmailgroup.com'], senderIds: ['ROYALMAIL'], regions: ['GB'] },
  { id: 'parcelforce', name: 'Parcelforce', kind: 'delivery', names: ['parcelforce'], domains: ['parcelforce.com'], senderIds: ['PARCELFORCE'], regions: ['GB'] },
  { id: 'evri', name: 'Evri', kind: 'delivery', names: ['evri', 'myhermes'], domains: ['evri.com', 'myhermes.co.uk'], senderIds: ['EVRI'], regions: ['GB'] },
  { id: 'hermes', name: 'Hermes', kind: 'delivery', names: ['hermes paket', 'hermes germany'], domains: ['myhermes.de', 'hermesworld.com'], senderIds: ['HERMES'], regions: ['DE'] },
  { id: 'yodel', name: 'Yodel', kind: 'delivery', names: ['yodel'], domains: ['yodel.co.uk'], senderIds: ['YODEL'], regions: ['GB'] },
  { id: 'dpd', name: 'DPD', kind: 'delivery', names: ['dpd'], domains: ['dpd.com', 'dpd.co.uk', 'dpd.de', 'dpd.fr', 'dpdgroup.com'], senderIds: ['DPD'], regions: [] },
  { id: 'gls', name: 'GLS', kind: 'delivery', names: ['gls'], domains: ['gls-group.eu', 'gls-group.com', 'gls-italy.com'], senderIds: ['GLS'], regions: [] },
  { id: 'inpost', name: 'InPost', kind: 'delivery', names: ['inpost'], domains: ['inpost.pl', 'inpost.co.uk', 'inpost.it'], senderIds: ['INPOST'], regions: ['PL', 'GB', 'IT'] },
  { id: 'la-poste', name: 'La Poste', kind: 'delivery', names: ['la poste'], domains: ['laposte.fr', 'laposte.net'], senderIds: ['LAPOSTE'], regions: ['FR'] },
  { id: 'colissimo', name: 'Colissimo', kind: 'delivery', names: ['colissimo'], domains: ['colissimo.fr'], senderIds: ['COLISSIMO'], regions: ['FR'] },
  { id: 'chronopost', name: 'Chronopost', kind: 'delivery', names: ['chronopost'], domains: ['chronopost.fr'], senderIds: ['CHRONOPOST'], regions: ['FR'] },
  { id: 'poste-italiane', name: 'Poste Italiane', kind: 'delivery', names: ['poste italiane', 'posteitaliane', 'postepay', 'bancoposta'], domains: ['poste.it', 'posteitaliane.it'], senderIds: ['POSTEINFO', 'POSTE'], regions: ['IT'] },
  { id: 'brt', name: 'BRT', kind: 'delivery', names: ['brt', 'bartolini'], domains: ['brt.it'], senderIds: ['BRT'], regions: ['IT'] },
  { id: 'sda', name: 'SDA Express Courier', kind: 'delivery', names: ['sda express courier', 'sda corriere'], domains: ['sda.it'], senderIds: ['SDA'], regions: ['IT'] },
  { id: 'correos', name: 'Correos', kind: 'delivery', names: ['correos express', 'correos españa'], domains: ['correos.es'], senderIds: ['CORREOS'], regions: ['ES'] },
  { id: 'seur', name: 'SEUR', kind: 'delivery', names: ['seur'], domains: ['seur.com'], senderIds: ['SEUR'], regions: ['ES'] },
  { id: 'mrw', name: 'MRW', kind: 'delivery', names: ['mrw'], domains: ['mrw.es'], senderIds: ['MRW'], regions: ['ES'] },
  { id: 'ctt', name: 'CTT', kind: 'delivery', names: ['ctt', 'ctt expresso', 'correios de portugal'], domains: ['ctt.pt'], senderIds: ['CTT'], regions: ['PT'] },
  { id: 'correios', name: 'Correios', kind: 'delivery', names: ['correios'], domains: ['correios.com.br'], senderIds: ['CORREIOS'], regions: ['BR'] },
  { id: 'correos-de-mexico', name: 'Correos de México', kind: 'delivery', names: ['correos de méxico', 'correos de mexico'], domains: ['correosdemexico.gob.mx'], senderIds: ['CORREOSMX'], regions: ['MX'] },
  { id: 'estafeta', name: 'Estafeta', kind: 'delivery', names: ['estafeta mexicana'], domains: ['estafeta.com'], senderIds: ['ESTAFETA'], regions: ['MX'] },
  { id: 'ptt', name: 'PTT', kind: 'delivery', names: ['ptt', 'ptt kargo'], domains: ['ptt.gov.tr'], senderIds: ['PTT'], regions: ['TR'] },
  { id: 'yurtici-kargo', name: 'Yurtiçi Kargo', kind: 'delivery', names: ['yurtiçi kargo', 'yurtici kargo'], domains: ['yurticikargo.com'], senderIds: ['YURTICI'], regions: ['TR'] },
  { id: 'aras-kargo', name: 'Aras Kargo', kind: 'delivery', names: ['aras kargo'], domains: ['araskargo.com.tr'], senderIds: ['ARASKARGO'], regions: ['TR'] },
  { id: 'mng-kargo', name: 'MNG Kargo', kind: 'delivery', names: ['mng kargo'], domains: ['mngkargo.com.tr'], senderIds: ['MNGKARGO'], regions: ['TR'] },
  { id: 'aramex', name: 'Aramex', kind: 'delivery', names: ['aramex', 'أرامكس', 'ارامكس'], domains: ['aramex.com'], senderIds: ['ARAMEX'], regions: [] },
  { id: 'smsa', name: 'SMSA Express', kind: 'delivery', names: ['smsa', 'smsa express', 'سمسا'], domains: ['smsaexpress.com'], senderIds: ['SMSA'], regions: ['SA'] },
  { id: 'spl', name: 'Saudi Post (SPL)', kind: 'delivery', names: ['saudi post', 'spl', 'سبل', 'البريد السعودي'], domains: ['splonline.com.sa', 'spl.com.sa'], senderIds: ['SPL', 'SAUDIPOST'], regions: ['SA'] },
  { id: 'egypt-post', name: 'Egypt Post', kind: 'delivery', names: ['egypt post', 'البريد المصري', 'البريد المصرى'], domains: ['egyptpost.org'], senderIds: ['EGYPTPOST'], regions: ['EG'] },
  { id: 'emirates-post', name: 'Emirates Post', kind: 'delivery', names: ['emirates post', 'بريد الإمارات', 'بريد الامارات'], domains: ['epg.gov.ae'], senderIds: ['EMIRATESPOS'], regions: ['AE'] },
  { id: 'india-post', name: 'India Post', kind: 'delivery', names: ['india post', 'इंडिया पोस्ट', 'भारतीय डाक'], domains: ['indiapost.gov.in'], senderIds: ['INDIAPOST'], regions: ['IN'] },
  { id: 'delhivery', name: 'Delhivery', kind: 'delivery', names: ['delhivery'], domains: ['delhivery.com'], senderIds: ['DELHIVERY'], regions: ['IN'] },
  { id: 'blue-dart', name: 'Blue Dart', kind: 'delivery', names: ['blue dart', 'bluedart'], domains: ['bluedart.com'], senderIds: ['BLUEDART'], regions: ['IN'] },
  { id: 'pos-indonesia', name: 'Pos Indonesia', kind: 'delivery', names: ['pos indonesia'], domains: ['posindonesia.co.id'], senderIds: ['POSINDONESI'], regions: ['ID'] },
  { id: 'jnt', name: 'J&T Express', kind: 'delivery', names: ['j&t', 'j&t express', 'jnt'], domains: ['jet.co.id'], senderIds: ['J&T'], regions: ['ID'] },
  { id: 'jne', name: 'JNE', kind: 'delivery', names: ['jne'], domains: ['jne.co.id'], senderIds: ['JNE'], regions: ['ID'] },
  { id: 'sicepat', name: 'SiCepat', kind: 'delivery', names: ['sicepat'], domains: ['sicepat.com'], senderIds: ['SICEPAT'], regions: ['ID'] },
  { id: 'russian-post', name: 'Russian Post', kind: 'delivery', names: ['почта россии', 'почта рф', 'pochta', 'russian post'], domains: ['pochta.ru'], senderIds: ['POCHTA'], regions: ['RU'] },
  { id: 'cdek', name: 'CDEK', kind: 'delivery', names: ['cdek', 'сдэк'], domains: ['cdek.ru'], senderIds: ['CDEK'], regions: ['RU'] },
  { id: 'australia-post', name: 'Australia Post', kind: 'delivery', names: ['australia post', 'auspost'], domains: ['auspost.com.au'], senderIds: ['AUSPOST'], regions: ['AU'] },
  { id: 'canada-post', name: 'Canada Post', kind: 'delivery', names: ['canada post', 'postes canada'], domains: ['canadapost-postescanada.ca', 'canadapost.ca'], senderIds: ['CANADAPOST'], regions: ['CA'] },
  { id: 'postnl', name: 'PostNL', kind: 'delivery', names: ['postnl'], domains: ['postnl.nl'], senderIds: ['POSTNL'], regions: ['NL'] },
  { id: 'bpost', name: 'bpost', kind: 'delivery', names: ['bpost'], domains: ['bpost.be'], senderIds: ['BPOST'], regions: ['BE'] },
  { id: 'swiss-post', name: 'Swiss Post', kind: 'delivery', names: ['swiss post', 'die schweizerische post', 'la poste suisse'], domains: ['post.ch'], senderIds: ['POST'], regions: ['CH'] },
  { id: 'austrian-post', name: 'Austrian Post', kind: 'delivery', names: ['österreichische post', 'austrian post'], domains: ['post.at'], senderIds: ['POST'], regions: ['AT'] },
  { id: 'an-post', name: 'An Post', kind: 'delivery', names: ['an post'], domains: ['anpost.com'], senderIds: ['ANPOST'], regions: ['IE'] },
  { id: 'chase', name: 'Chase', kind: 'bank', names: ['chase bank', 'jpmorgan chase', 'jpmorgan'], domains: ['chase.com'], senderIds: ['CHASE'], regions: ['US'] },
  { id: 'bank-of-america', name: 'Bank of America', kind: 'bank', names: ['bank of america', 'bankofamerica', 'bofa'], domains: ['bankofamerica.com'], senderIds: ['BOFA'], regions: ['US'] },
  { id: 'wells-fargo', name: 'Wells Fargo', kind: 'bank', names: ['wells fargo', 'wellsfargo'], domains: ['wellsfargo.com'], senderIds: ['WELLSFARGO'], regions: ['US'] },
  { id: 'citi', name: 'Citi', kind: 'bank', names: ['citi', 'citibank'], domains: ['citi.com', 'citibank.com'], senderIds: ['CITI'], regions: [] },
  { id: 'capital-one', name: 'Capital One', kind: 'bank', names: ['capital one', 'capitalone'], domains: ['capitalone.com'], senderIds: ['CAPITALONE'], regions: ['US'] },
  { id: 'us-bank', name: 'U.S. Bank', kind: 'bank', names: ['us bank', 'usbank'], domains: ['usbank.com'], senderIds: ['USBANK'], regions: ['US'] },
  { id: 'pnc', name: 'PNC Bank', kind: 'bank', names: ['pnc', 'pnc bank'], domains: ['pnc.com'], senderIds: ['PNC'], regions: ['US'] },
  { id: 'truist', name: 'Truist', kind: 'bank', names: ['truist'], domains: ['truist.com'], senderIds: ['TRUIST'], regions: ['US'] },
  { id: 'navy-federal', name: 'Navy Federal Credit Union', kind: 'bank', names: ['navy federal', 'navy federal credit union'], domains: ['navyfederal.org'], senderIds: ['NAVYFEDERAL'], regions: ['US'] },
  { id: 'hsbc', name: 'HSBC', kind: 'bank', names: ['hsbc'], domains: ['hsbc.com', 'hsbc.co.uk'], senderIds: ['HSBC'], regions: [] },
  { id: 'barclays', name: 'Barclays', kind: 'bank', names: ['barclays'], domains: ['barclays.co.uk', 'barclays.com'], senderIds: ['BARCLAYS'], regions: ['GB'] },
  { id: 'lloyds', name: 'Lloyds Bank', kind: 'bank', names: ['lloyds', 'lloyds bank'], domains: ['lloydsbank.com'], senderIds: ['LLOYDS'], regions: ['GB'] },
  { id: 'natwest', name: 'NatWest', kind: 'bank', names: ['natwest'], domains: ['natwest.com'], senderIds: ['NATWEST'], regions: ['GB'] },
  { id: 'halifax', name: 'Halifax', kind: 'bank', names: ['halifax bank'], domains: ['halifax.co.uk'], senderIds: ['HALIFAX'], regions: ['GB'] },
  { id: 'nationwide', name: 'Nationwide Building Society', kind: 'bank', names: ['nationwide building society'], domains: ['nationwide.co.uk'], senderIds: ['NATIONWIDE'], regions: ['GB'] },
  { id: 'monzo', name: 'Monzo', kind: 'bank', names: ['monzo'], domains: ['monzo.com'], senderIds: ['MONZO'], regions: ['GB'] },
  { id: 'starling', name: 'Starling Bank', kind: 'bank', names: ['starling bank'], domains: ['starlingbank.com'], senderIds: ['STARLING'], regions: ['GB'] },
  { id: 'tsb', name: 'TSB', kind: 'bank', names: ['tsb', 'tsb bank'], domains: ['tsb.co.uk'], senderIds: ['TSB'], regions: ['GB'] },
  { id: 'santander', name: 'Santander', kind: 'bank', names: ['santander', 'banco santander'], domains: ['santander.com', 'santander.co.uk', 'bancosantander.es', 'santander.com.br', 'santander.com.mx', 'santander.pt'], senderIds: ['SANTANDER'], regions: [] },
  { id: 'bbva', name: 'BBVA', kind: 'bank', names: ['bbva'], domains: ['bbva.com', 'bbva.es', 'bbva.mx'], senderIds: ['BBVA'], regions: ['ES', 'MX'] },
  { id: 'caixabank', name: 'CaixaBank', kind: 'bank', names: ['caixabank', 'la caixa'], domains: ['caixabank.es', 'caixabank.com'], senderIds: ['CAIXABANK'], regions: ['ES'] },
  { id: 'sabadell', name: 'Banco Sabadell', kind: 'bank', names: ['banco sabadell', 'sabadell'], domains: ['bancsabadell.com'], senderIds: ['SABADELL'], regions: ['ES'] },
  { id: 'bankinter', name: 'Bankinter', kind: 'bank', names: ['bankinter'], domains: ['bankinter.com'], senderIds: ['BANKINTER'], regions: ['ES'] },
  { id: 'unicaja', name: 'Unicaja', kind: 'bank', names: ['unicaja'], domains: ['unicajabanco.es'], senderIds: ['UNICAJA'], regions: ['ES'] },
  { id: 'abanca', name: 'Abanca', kind: 'bank', names: ['abanca'], domains: ['abanca.com'], senderIds: ['ABANCA'], regions: ['ES'] },
  { id: 'intesa-sanpaolo', name: 'Intesa Sanpaolo', kind: 'bank', names: ['intesa sanpaolo', 'intesasanpaolo'], domains: ['intesasanpaolo.com'], senderIds: ['INTESA'], regions: ['IT'] },
  { id: 'unicredit', name: 'UniCredit', kind: 'bank', names: ['unicredit'], domains: ['unicredit.it', 'unicreditgroup.eu'], senderIds: ['UNICREDIT'], regions: ['IT'] },
  { id: 'bper', name: 'BPER Banca', kind: 'bank', names: ['bper', 'bper banca'], domains: ['bper.it'], senderIds: ['BPER'], regions: ['IT'] },
  { id: 'banco-bpm', name: 'Banco BPM', kind: 'bank', names: ['banco bpm'], domains: ['bancobpm.it'], senderIds: ['BANCOBPM'], regions: ['IT'] },
  { id: 'mps', name: 'Monte dei Paschi di Siena', kind: 'bank', names: ['monte dei paschi', 'mps'], domains: ['mps.it'], senderIds: ['MPS'], regions: ['IT'] },
  { id: 'bnl', name: 'BNL', kind: 'bank', names: ['bnl', 'banca nazionale del lavoro'], domains: ['bnl.it'], senderIds: ['BNL'], regions: ['IT'] },
  { id: 'fineco', name: 'Fineco', kind: 'bank', names: ['fineco', 'finecobank'], domains: ['finecobank.com'], senderIds: ['FINECO'], regions: ['IT'] },
  { id: 'bnp-paribas', name: 'BNP Paribas', kind: 'bank', names: ['bnp paribas', 'bnp'], domains: ['bnpparibas.com', 'mabanque.bnpparibas'], senderIds: ['BNPPARIBAS'], regions: ['FR'] },
  { id: 'societe-generale', name: 'Société Générale', kind: 'bank', names: ['société générale', 'societe generale'], domains: ['societegenerale.fr', 'societegenerale.com'], senderIds: ['SG'], regions: ['FR'] },
  { id: 'credit-agricole', name: 'Crédit Agricole', kind: 'bank', names: ['crédit agricole', 'credit agricole'], domains: ['credit-agricole.fr', 'credit-agricole.com'], senderIds: ['CA'], regions: ['FR'] },
  { id: 'lcl', name: 'LCL', kind: 'bank', names: ['lcl'], domains: ['lcl.fr'], senderIds: ['LCL'], regions: ['FR'] },
  { id: 'banque-populaire', name: 'Banque Populaire', kind: 'bank', names: ['banque populaire'], domains: ['banquepopulaire.fr'], senderIds: ['BANQUEPOP'], regions: ['FR'] },
  { id: 'caisse-epargne', name: 'Caisse d\'Epargne', kind: 'bank', names: ['caisse d\'epargne', 'caisse d\'épargne', 'caisse epargne'], domains: ['caisse-epargne.fr'], senderIds: ['CAISSEEPARG'], regions: ['FR'] },
  { id: 'la-banque-postale', name: 'La Banque Postale', kind: 'bank', names: ['la banque postale', 'banque postale'], domains: ['labanquepostale.fr'], senderIds: ['BANQUEPOSTA'], regions: ['FR'] },
  { id: 'credit-mutuel', name: 'Crédit Mutuel', kind: 'bank', names: ['crédit mutuel', 'credit mutuel'], domains: ['creditmutuel.fr'], senderIds: ['CREDITMUTUE'], regions: ['FR'] },
  { id: 'cic', name: 'CIC', kind: 'bank', names: ['cic', 'banque cic'], domains: ['cic.fr'], senderIds: ['CIC'], regions: ['FR'] },
  { id: 'deutsche-bank', name: 'Deutsche Bank', kind: 'bank', names: ['deutsche bank'], domains: ['deutsche-bank.de', 'db.com'], senderIds: ['DEUTSCHEBAN'], regions: ['DE'] },
  { id: 'sparkasse', name: 'Sparkasse', kind: 'bank', names: ['sparkasse'], domains: ['sparkasse.de'], senderIds: ['SPARKASSE'], regions: ['DE'] },
  { id: 'commerzbank', name: 'Commerzbank', kind: 'bank', names: ['commerzbank'], domains: ['commerzbank.de', 'commerzbank.com'], senderIds: ['COMMERZBANK'], regions: ['DE'] },
  { id: 'ing', name: 'ING', kind: 'bank', names: ['ing bank', 'ing direct', 'ing-diba', 'ing diba'], domains: ['ing.com', 'ing.de', 'ing.nl', 'ing.es'], senderIds: ['ING'], regions: [] },
  { id: 'postbank', name: 'Postbank', kind: 'bank', names: ['postbank'], domains: ['postbank.de'], senderIds: ['POSTBANK'], regions: ['DE'] },
  { id: 'n26', name: 'N26', kind: 'bank', names: ['n26'], domains: ['n26.com'], senderIds: ['N26'], regions: [] },
  { id: 'dkb', name: 'DKB', kind: 'bank', names: ['dkb'], domains: ['dkb.de'], senderIds: ['DKB'], regions: ['DE'] },
  { id: 'garanti-bbva', name: 'Garanti BBVA', kind: 'bank', names: ['garanti bbva', 'garantibbva'], domains: ['garantibbva.com.tr'], senderIds: ['GARANTIBBVA'], regions: ['TR'] },
  { id: 'ziraat', name: 'Ziraat Bankası', kind: 'bank', names: ['ziraat bankası', 'ziraat bankasi', 'ziraatbank'], domains: ['ziraatbank.com.tr'], senderIds: ['ZIRAATBANK'], regions: ['TR'] },
  { id: 'isbank', name: 'Türkiye İş Bankası', kind: 'bank', names: ['iş bankası', 'is bankasi', 'işbank', 'isbank', 'türkiye iş bankası'], domains: ['isbank.com.tr'], senderIds: ['ISBANK'], regions: ['TR'] },
  { id: 'akbank', name: 'Akbank', kind: 'bank', names: ['akbank'], domains: ['akbank.com'], senderIds: ['AKBANK'], regions: ['TR'] },
  { id: 'yapi-kredi', name: 'Yapı Kredi', kind: 'bank', names: ['yapı kredi', 'yapi kredi', 'yapıkredi'], domains: ['yapikredi.com.tr'], senderIds: ['YAPIKREDI'], regions: ['TR'] },
  { id: 'halkbank', name: 'Halkbank', kind: 'bank', names: ['halkbank', 'halk bankası'], domains: ['halkbank.com.tr'], senderIds: ['HALKBANK'], regions: ['TR'] },
  { id: 'vakifbank', name: 'VakıfBank', kind: 'bank', names: ['vakıfbank', 'vakifbank'], domains: ['vakifbank.com.tr'], senderIds: ['VAKIFBANK'], regions: ['TR'] },
  { id: 'denizbank', name: 'DenizBank', kind: 'bank', names: ['denizbank'], domains: ['denizbank.com'], senderIds: ['DENIZBANK'], regions: ['TR'] },
  { id: 'sberbank', name: 'Sberbank', kind: 'bank', names: ['сбербанк', 'сбер', 'sberbank', 'sber'], domains: ['sberbank.ru', 'sberbank.com'], senderIds: ['SBERBANK'], regions: ['RU'] },
  { id: 'tbank', name: 'T-Bank (Tinkoff)', kind: 'bank', names: ['тинькофф', 'tinkoff', 'т-банк', 't-bank', 'тбанк'], domains: ['tbank.ru', 'tinkoff.ru'], senderIds: ['TBANK', 'TINKOFF'], regions: ['RU'] },
  { id: 'vtb', name: 'VTB', kind: 'bank', names: ['втб', 'vtb'], domains: ['vtb.ru'], senderIds: ['VTB'], regions: ['RU'] },
  { id: 'alfa-bank', name: 'Alfa-Bank', kind: 'bank', names: ['альфа-банк', 'альфа банк', 'альфабанк', 'alfa-bank', 'alfabank'], domains: ['alfabank.ru'], senderIds: ['ALFABANK'], regions: ['RU'] },
  { id: 'gazprombank', name: 'Gazprombank', kind: 'bank', names: ['газпромбанк', 'gazprombank'], domains: ['gazprombank.ru'], senderIds: ['GAZPROMBANK'], regions: ['RU'] },
  { id: 'sbi', name: 'State Bank of India', kind: 'bank', names: ['sbi', 'state bank of india', 'yono sbi'], domains: ['sbi.co.in', 'onlinesbi.sbi'], senderIds: ['SBI', 'SBIINB'], regions: ['IN'] },
  { id: 'hdfc', name: 'HDFC Bank', kind: 'bank', names: ['hdfc', 'hdfc bank'], domains: ['hdfcbank.com'], senderIds: ['HDFCBK'], regions: ['IN'] },
  { id: 'icici', name: 'ICICI Bank', kind: 'bank', names: ['icici', 'icici bank'], domains: ['icicibank.com'], senderIds: ['ICICIB'], regions: ['IN'] },
  { id: 'axis', name: 'Axis Bank', kind: 'bank', names: ['axis bank'], domains: ['axisbank.com'], senderIds: ['AXISBK'], regions: ['IN'] },
  { id: 'kotak', name: 'Kotak Mahindra Bank', kind: 'bank', names: ['kotak mahindra', 'kotak bank'], domains: ['kotak.com'], senderIds: ['KOTAKB'], regions: ['IN'] },
  { id: 'pnb', name: 'Punjab National Bank', kind: 'bank', names: ['pnb', 'punjab national bank'], domains: ['pnbindia.in'], senderIds: ['PNB'], regions: ['IN'] },
  { id: 'bank-of-baroda', name: 'Bank of Baroda', kind: 'bank', names: ['bank of baroda'], domains: ['bankofbaroda.in'], senderIds: ['BOB'], regions: ['IN'] },
  { id: 'al-rajhi', name: 'Al Rajhi Bank', kind: 'bank', names: ['al rajhi', 'alrajhi', 'الراجحي', 'مصرف الراجحي'], domains: ['alrajhibank.com.sa'], senderIds: ['ALRAJHIBANK'], regions: ['SA'] },
  { id: 'snb', name: 'Saudi National Bank (AlAhli)', kind: 'bank', names: ['alahli', 'al ahli bank', 'saudi national bank', 'البنك الأهلي السعودي', 'snb'], domains: ['alahli.com'], senderIds: ['SNB', 'ALAHLI'], regions: ['SA'] },
  { id: 'riyad-bank', name: 'Riyad Bank', kind: 'bank', names: ['riyad bank', 'بنك الرياض'], domains: ['riyadbank.com'], senderIds: ['RIYADBANK'], regions: ['SA'] },
  { id: 'alinma', name: 'Alinma Bank', kind: 'bank', names: ['alinma', 'مصرف الإنماء', 'مصرف الانماء'], domains: ['alinma.com'], senderIds: ['ALINMA'], regions: ['SA'] },
  { id: 'albilad', name: 'Bank Albilad', kind: 'bank', names: ['bank albilad', 'بنك البلاد'], domains: ['bankalbilad.com'], senderIds: ['ALBILAD'], regions: ['SA'] },
  { id: 'nbe', name: 'National Bank of Egypt', kind: 'bank', names: ['national bank of egypt', 'nbe', 'البنك الأهلي المصري', 'البنك الاهلي المصري'], domains: ['nbe.com.eg'], senderIds: ['NBE'], regions: ['EG'] },
  { id: 'banque-misr', name: 'Banque Misr', kind: 'bank', names: ['banque misr', 'بنك مصر'], domains: ['banquemisr.com'], senderIds: ['BANQUEMISR'], regions: ['EG'] },
  { id: 'cib', name: 'CIB Egypt', kind: 'bank', names: ['cib', 'commercial international bank', 'البنك التجاري الدولي'], domains: ['cibeg.com'], senderIds: ['CIB'], regions: ['EG'] },
  { id: 'emirates-nbd', name: 'Emirates NBD', kind: 'bank', names: ['emirates nbd'], domains: ['emiratesnbd.com'], senderIds: ['EMIRATESNBD'], regions: ['AE'] },
  { id: 'bca', name: 'BCA', kind: 'bank', names: ['bca', 'bank central asia', 'klikbca'], domains: ['bca.co.id', 'klikbca.com'], senderIds: ['BCA'], regions: ['ID'] },
  { id: 'mandiri', name: 'Bank Mandiri', kind: 'bank', names: ['bank mandiri', 'livin by mandiri'], domains: ['bankmandiri.co.id'], senderIds: ['MANDIRI'], regions: ['ID'] },
  { id: 'bri', name: 'BRI', kind: 'bank', names: ['bri', 'bank rakyat indonesia', 'brimo'], domains: ['bri.co.id'], senderIds: ['BRI'], regions: ['ID'] },
  { id: 'bni', name: 'BNI', kind: 'bank', names: ['bni', 'bank negara indonesia'], domains: ['bni.co.id'], senderIds: ['BNI'], regions: ['ID'] },
  { id: 'itau', name: 'Itaú', kind: 'bank', names: ['itaú', 'itau'], domains: ['itau.com.br'], senderIds: ['ITAU'], regions: ['BR'] },
  { id: 'bradesco', name: 'Bradesco', kind: 'bank', names: ['bradesco'], domains: ['bradesco.com.br'], senderIds: ['BRADESCO'], regions: ['BR'] },
  { id: 'nubank', name: 'Nubank', kind: 'bank', names: ['nubank'], domains: ['nubank.com.br'], senderIds: ['NUBANK'], regions: ['BR'] },
  { id: 'caixa', name: 'Caixa Econômica Federal', kind: 'bank', names: ['caixa econômica federal', 'caixa economica federal', 'caixa econômica', 'caixa economica'], domains: ['caixa.gov.br'], senderIds: ['CAIXA'], regions: ['BR'] },
  { id: 'banco-do-brasil', name: 'Banco do Brasil', kind: 'bank', names: ['banco do brasil'], domains: ['bb.com.br'], senderIds: ['BANCODOBRAS'], regions: ['BR'] },
  { id: 'millennium-bcp', name: 'Millennium bcp', kind: 'bank', names: ['millennium bcp', 'millenniumbcp'], domains: ['millenniumbcp.pt'], senderIds: ['MILLENNIUM'], regions: ['PT'] },
  { id: 'cgd', name: 'Caixa Geral de Depósitos', kind: 'bank', names: ['caixa geral de depósitos', 'caixa geral de depositos', 'cgd'], domains: ['cgd.pt'], senderIds: ['CGD'], regions: ['PT'] },
  { id: 'novo-banco', name: 'Novo Banco', kind: 'bank', names: ['novo banco', 'novobanco'], domains: ['novobanco.pt'], senderIds: ['NOVOBANCO'], regions: ['PT'] },
  { id: 'banorte', name: 'Banorte', kind: 'bank', names: ['banorte'], domains: ['banorte.com'], senderIds: ['BANORTE'], regions: ['MX'] },
  { id: 'banamex', name: 'Banamex', kind: 'bank', names: ['banamex', 'citibanamex'], domains: ['banamex.com'], senderIds: ['BANAMEX'], regions: ['MX'] },
  { id: 'commbank', name: 'Commonwealth Bank', kind: 'bank', names: ['commonwealth bank', 'commbank'], domains: ['commbank.com.au'], senderIds: ['COMMBANK'], regions: ['AU'] },
  { id: 'paypal', name: 'PayPal', kind: 'payment', names: ['paypal'], domains: ['paypal.com', 'paypal.me'], senderIds: ['PAYPAL'], regions: [] },
  { id: 'venmo', name: 'Venmo', kind: 'payment', names: ['venmo'], domains: ['venmo.com'], senderIds: ['VENMO'], regions: ['US'] },
  { id: 'cash-app', name: 'Cash App', kind: 'payment', names: ['cash app', 'cashapp'], domains: ['cash.app'], senderIds: ['CASHAPP'], regions: ['US'] },
  { id: 'zelle', name: 'Zelle', kind: 'payment', names: ['zelle'], domains: ['zellepay.com'], senderIds: ['ZELLE'], regions: ['US'] },
  { id: 'revolut', name: 'Revolut', kind: 'payment', names: ['revolut'], domains: ['revolut.com'], senderIds: ['REVOLUT'], regions: [] },
  { id: 'wise', name: 'Wise', kind: 'payment', names: ['transferwise'], domains: ['wise.com', 'transferwise.com'], senderIds: ['WISE'], regions: [] },
  { id: 'klarna', name: 'Klarna', kind: 'payment', names: ['klarna'], domains: ['klarna.com'], senderIds: ['KLARNA'], regions: [] },
  { id: 'western-union', name: 'Western Union', kind: 'payment', names: ['western union'], domains: ['westernunion.com'], senderIds: ['WU'], regions: [] },
  { id: 'moneygram', name: 'MoneyGram', kind: 'payment', names: ['moneygram'], domains: ['moneygram.com'], senderIds: ['MONEYGRAM'], regions: [] },
  { id: 'amex', name: 'American Express', kind: 'payment', names: ['american express', 'amex'], domains: ['americanexpress.com'], senderIds: ['AMEX'], regions: [] },
  { id: 'visa', name: 'Visa', kind: 'payment', names: ['visa card', 'verified by visa'], domains: ['visa.com'], senderIds: ['VISA'], regions: [] },
  { id: 'mastercard', name: 'Mastercard', kind: 'payment', names: ['mastercard'], domains: ['mastercard.com'], senderIds: ['MASTERCARD'], regions: [] },
  { id: 'paytm', name: 'Paytm', kind: 'payment', names: ['paytm'], domains: ['paytm.com'], senderIds: ['PAYTM'], regions: ['IN'] },
  { id: 'phonepe', name: 'PhonePe', kind: 'payment', names: ['phonepe'], domains: ['phonepe.com'], senderIds: ['PHONEPE'], regions: ['IN'] },
  { id: 'mercado-pago', name: 'Mercado Pago', kind: 'payment', names: ['mercado pago', 'mercadopago'], domains: ['mercadopago.com', 'mercadopago.com.br', 'mercadopago.com.mx'], senderIds: ['MERCADOPAGO'], regions: ['BR', 'MX'] },
  { id: 'fawry', name: 'Fawry', kind: 'payment', names: ['fawry'], domains: ['fawry.com'], senderIds: ['FAWRY'], regions: ['EG'] },
  { id: 'stc-pay', name: 'stc pay', kind: 'payment', names: ['stc pay', 'stcpay'], domains: ['stcpay.com.sa'], senderIds: ['STCPAY'], regions: ['SA'] },
  { id: 'telepass', name: 'Telepass', kind: 'payment', names: ['telepass'], domains: ['telepass.com'], senderIds: ['TELEPASS'], regions: ['IT'] },
  { id: 'papara', name: 'Papara', kind: 'payment', names: ['papara'], domains: ['papara.com'], senderIds: ['PAPARA'], regions: ['TR'] },
  { id: 'gojek', name: 'Gojek', kind: 'payment', names: ['gojek', 'gopay'], domains: ['gojek.com'], senderIds: ['GOJEK'], regions: ['ID'] },
  { id: 'bizum', name: 'Bizum', kind: 'payment', names: ['bizum'], domains: ['bizum.es'], senderIds: ['BIZUM'], regions: ['ES'] },
  { id: 'irs', name: 'IRS', kind: 'government', names: ['irs', 'internal revenue service'], domains: ['irs.gov'], senderIds: ['IRS'], regions: ['US'] },
  { id: 'ssa', name: 'Social Security Administration', kind: 'government', names: ['social security administration'], domains: ['ssa.gov'], senderIds: ['SSA'], regions: ['US'] },
  { id: 'e-zpass', name: 'E-ZPass', kind: 'government', names: ['e-zpass', 'ezpass', 'e zpass'], domains: ['e-zpass.net', 'e-zpassny.com', 'ezpassnj.com'], senderIds: ['EZPASS'], regions: ['US'] },
  { id: 'sunpass', name: 'SunPass', kind: 'government', names: ['sunpass'], domains: ['sunpass.com'], senderIds: ['SUNPASS'], regions: ['US'] },
  { id: 'fastrak', name: 'FasTrak', kind: 'government', names: ['fastrak'], domains: ['bayareafastrak.org'], senderIds: ['FASTRAK'], regions: ['US'] },
  { id: 'ntta', name: 'NTTA TollTag', kind: 'government', names: ['ntta', 'north texas tollway authority', 'tolltag'], domains: ['ntta.org'], senderIds: ['NTTA'], regions: ['US'] },
  { id: 'txtag', name: 'TxTag', kind: 'government', names: ['txtag'], domains: ['txtag.org'], senderIds: ['TXTAG'], regions: ['US'] },
  { id: 'hmrc', name: 'HMRC', kind: 'government', names: ['hmrc', 'hm revenue and customs', 'hm revenue & customs'], domains: ['hmrc.gov.uk'], senderIds: ['HMRC'], regions: ['GB'] },
  { id: 'dvla', name: 'DVLA', kind: 'government', names: ['dvla'], domains: ['dvla.gov.uk'], senderIds: ['DVLA'], regions: ['GB'] },
  { id: 'gov-uk', name: 'GOV.UK', kind: 'government', names: ['gov.uk'], domains: ['www.gov.uk', 'service.gov.uk'], senderIds: ['GOVUK'], regions: ['GB'] },
  { id: 'nhs', name: 'NHS', kind: 'government', names: ['nhs'], domains: ['www.nhs.uk'], senderIds: ['NHS'], regions: ['GB'] },
  { id: 'tv-licensing', name: 'TV Licensing', kind: 'government', names: ['tv licensing', 'tv licence'], domains: ['tvlicensing.co.uk'], senderIds: ['TVLICENSING'], regions: ['GB'] },
  { id: 'agenzia-entrate', name: 'Agenzia delle Entrate', kind: 'government', names: ['agenzia delle entrate', 'agenzia entrate'], domains: ['agenziaentrate.gov.it'], senderIds: ['AGENZIAENTR'], regions: ['IT'] },
  { id: 'inps', name: 'INPS', kind: 'government', names: ['inps'], domains: ['inps.it'], senderIds: ['INPS'], regions: ['IT'] },
  { id: 'autostrade', name: 'Autostrade per l\'Italia', kind: 'government', names: ['autostrade per l\'italia'], domains: ['autostrade.it'], senderIds: ['AUTOSTRADE'], regions: ['IT'] },
  { id: 'dgfip', name: 'DGFiP (impots.gouv.fr)', kind: 'government', names: ['dgfip', 'impots.gouv', 'impôts.gouv', 'finances publiques'], domains: ['impots.gouv.fr'], senderIds: ['DGFIP'], regions: ['FR'] },
  { id: 'antai', name: 'ANTAI', kind: 'government', names: ['antai'], domains: ['antai.gouv.fr'], senderIds: ['ANTAI'], regions: ['FR'] },
  { id: 'ameli', name: 'Ameli (Assurance Maladie)', kind: 'government', names: ['ameli', 'assurance maladie'], domains: ['ameli.fr'], senderIds: ['AMELI'], regions: ['FR'] },
  { id: 'caf', name: 'CAF', kind: 'government', names: ['caf', 'caisse d\'allocations familiales'], domains: ['caf.fr'], senderIds: ['CAF'], regions: ['FR'] },
  { id: 'ants', name: 'ANTS', kind: 'government', names: ['agence nationale des titres sécurisés'], domains: ['ants.gouv.fr'], senderIds: ['ANTS'], regions: ['FR'] },
  { id: 'cpf', name: 'Mon Compte Formation', kind: 'government', names: ['mon compte formation', 'moncompteformation'], domains: ['moncompteformation.gouv.fr'], senderIds: ['CPF'], regions: ['FR'] },
  { id: 'agencia-tributaria', name: 'Agencia Tributaria', kind: 'government', names: ['agencia tributaria', 'agencia estatal de administración tributaria'], domains: ['agenciatributaria.gob.es', 'agenciatributaria.es'], senderIds: ['AEAT'], regions: ['ES'] },
  { id: 'dgt', name: 'DGT', kind: 'government', names: ['dgt', 'dirección general de tráfico', 'direccion general de trafico'], domains: ['dgt.es'], senderIds: ['DGT'], regions: ['ES'] },
  { id: 'seg-social', name: 'Seguridad Social', kind: 'government', names: ['seguridad social'], domains: ['seg-social.es'], senderIds: ['SEGSOCIAL'], regions: ['ES'] },
  { id: 'e-devlet', name: 'e-Devlet', kind: 'government', names: ['e-devlet', 'edevlet', 'e-devlet kapısı'], domains: ['turkiye.gov.tr'], senderIds: ['EDEVLET'], regions: ['TR'] },
  { id: 'gib', name: 'Gelir İdaresi Başkanlığı', kind: 'government', names: ['gelir idaresi'], domains: ['gib.gov.tr'], senderIds: ['GIB'], regions: ['TR'] },
  { id: 'gosuslugi', name: 'Gosuslugi', kind: 'government', names: ['госуслуги', 'gosuslugi'], domains: ['gosuslugi.ru'], senderIds: ['GOSUSLUGI'], regions: ['RU'] },
  { id: 'fns', name: 'Federal Tax Service of Russia', kind: 'government', names: ['фнс', 'фнс россии', 'федеральная налоговая служба'], domains: ['nalog.ru'], senderIds: ['FNS'], regions: ['RU'] },
  { id: 'absher', name: 'Absher', kind: 'government', names: ['absher', 'منصة أبشر', 'منصة ابشر'], domains: ['absher.sa'], senderIds: ['ABSHER'], regions: ['SA'] },
  { id: 'zatca', name: 'ZATCA', kind: 'government', names: ['zatca', 'هيئة الزكاة والضريبة والجمارك'], domains: ['zatca.gov.sa'], senderIds: ['ZATCA'], regions: ['SA'] },
  { id: 'income-tax-india', name: 'Income Tax Department (India)', kind: 'government', names: ['income tax department', 'income tax india'], domains: ['incometax.gov.in'], senderIds: ['ITDEPT'], regions: ['IN'] },
  { id: 'uidai', name: 'UIDAI (Aadhaar)', kind: 'government', names: ['aadhaar', 'uidai'], domains: ['uidai.gov.in'], senderIds: ['UIDAI'], regions: ['IN'] },
  { id: 'epfo', name: 'EPFO', kind: 'government', names: ['epfo'], domains: ['epfindia.gov.in'], senderIds: ['EPFO'], regions: ['IN'] },
  { id: 'djp', name: 'Direktorat Jenderal Pajak', kind: 'government', names: ['djp', 'direktorat jenderal pajak'], domains: ['pajak.go.id'], senderIds: ['DJP'], regions: ['ID'] },
  { id: 'sat-mexico', name: 'SAT', kind: 'government', names: ['servicio de administración tributaria', 'sat méxico', 'sat mexico'], domains: ['sat.gob.mx'], senderIds: ['SAT'], regions: ['MX'] },
  { id: 'gov-br', name: 'gov.br (Receita Federal)', kind: 'government', names: ['gov.br', 'receita federal'], domains: ['www.gov.br'], senderIds: ['GOVBR'], regions: ['BR'] },
  { id: 'portal-financas', name: 'Portal das Finanças', kind: 'government', names: ['portal das finanças', 'portal das financas', 'autoridade tributária'], domains: ['portaldasfinancas.gov.pt'], senderIds: ['FINANCAS'], regions: ['PT'] },
  { id: 'elster', name: 'ELSTER', kind: 'government', names: ['elster online', 'mein elster'], domains: ['elster.de'], senderIds: ['ELSTER'], regions: ['DE'] },
  { id: 'ato', name: 'Australian Taxation Office', kind: 'government', names: ['australian taxation office'], domains: ['ato.gov.au'], senderIds: ['ATO'], regions: ['AU'] },
  { id: 'mygov', name: 'myGov', kind: 'government', names: ['mygov'], domains: ['my.gov.au'], senderIds: ['MYGOV'], regions: ['AU'] },
  { id: 'cra', name: 'Canada Revenue Agency', kind: 'government', names: ['canada revenue agency'], domains: ['canada.ca'], senderIds: ['CRA'], regions: ['CA'] },
  { id: 'vodafone', name: 'Vodafone', kind: 'telecom', names: ['vodafone', 'فودافون'], domains: ['vodafone.com', 'vodafone.co.uk', 'vodafone.it', 'vodafone.de', 'vodafone.es', 'vodafone.pt', 'vodafone.com.tr', 'vodafone.com.eg'], senderIds: ['VODAFONE'], regions: [] },
  { id: 'ee', name: 'EE', kind: 'telecom', names: ['ee'], domains: ['ee.co.uk'], senderIds: ['EE'], regions: ['GB'] },
  { id: 'o2', name: 'O2', kind: 'telecom', names: ['o2'], domains: ['o2.co.uk', 'o2online.de'], senderIds: ['O2'], regions: ['GB', 'DE'] },
  { id: 'three', name: 'Three', kind: 'telecom', names: ['three mobile', 'three uk'], domains: ['three.co.uk', 'three.ie'], senderIds: ['THREE'], regions: ['GB', 'IE'] },
  { id: 'bt', name: 'BT', kind: 'telecom', names: ['bt'], domains: ['bt.com'], senderIds: ['BT'], regions: ['GB'] },
  { id: 'sky', name: 'Sky', kind: 'telecom', names: ['sky mobile', 'sky broadband', 'sky tv'], domains: ['sky.com'], senderIds: ['SKY'], regions: ['GB'] },
  { id: 'virgin-media', name: 'Virgin Media', kind: 'telecom', names: ['virgin media', 'virgin mobile'], domains: ['virginmedia.com'], senderIds: ['VIRGINMEDIA'], regions: ['GB'] },
  { id: 'orange', name: 'Orange', kind: 'telecom', names: ['orange mobile', 'orange telecom', 'orange money'], domains: ['orange.fr', 'orange.com', 'orange.es', 'orange.eg'], senderIds: ['ORANGE'], regions: [] },
  { id: 'sfr', name: 'SFR', kind: 'telecom', names: ['sfr'], domains: ['sfr.fr'], senderIds: ['SFR'], regions: ['FR'] },
  { id: 'bouygues', name: 'Bouygues Telecom', kind: 'telecom', names: ['bouygues telecom', 'bouygues'], domains: ['bouyguestelecom.fr'], senderIds: ['BOUYGUES'], regions: ['FR'] },
  { id: 'free-mobile', name: 'Free Mobile', kind: 'telecom', names: ['free mobile', 'freebox'], domains: ['free.fr'], senderIds: ['FREE'], regions: ['FR'] },
  { id: 'tim', name: 'TIM', kind: 'telecom', names: ['tim'], domains: ['tim.it', 'tim.com.br'], senderIds: ['TIM'], regions: ['IT', 'BR'] },
  { id: 'windtre', name: 'WINDTRE', kind: 'telecom', names: ['windtre', 'wind tre'], domains: ['windtre.it'], senderIds: ['WINDTRE'], regions: ['IT'] },
  { id: 'iliad', name: 'Iliad', kind: 'telecom', names: ['iliad'], domains: ['iliad.it'], senderIds: ['ILIAD'], regions: ['IT'] },
  { id: 'fastweb', name: 'Fastweb', kind: 'telecom', names: ['fastweb'], domains: ['fastweb.it'], senderIds: ['FASTWEB'], regions: ['IT'] },
  { id: 'movistar', name: 'Movistar', kind: 'telecom', names: ['movistar'], domains: ['movistar.es'], senderIds: ['MOVISTAR'], regions: ['ES'] },
  { id: 'telekom', name: 'Deutsche Telekom', kind: 'telecom', names: ['deutsche telekom', 'telekom deutschland'], domains: ['telekom.de', 'telekom.com'], senderIds: ['TELEKOM'], regions: ['DE'] },
  { id: 'turkcell', name: 'Turkcell', kind: 'telecom', names: ['turkcell'], domains: ['turkcell.com.tr'], senderIds: ['TURKCELL'], regions: ['TR'] },
  { id: 'turk-telekom', name: 'Türk Telekom', kind: 'telecom', names: ['türk telekom', 'turk telekom', 'türktelekom'], domains: ['turktelekom.com.tr'], senderIds: ['TURKTELEKOM'], regions: ['TR'] },
  { id: 'stc', name: 'stc', kind: 'telecom', names: ['stc', 'اس تي سي'], domains: ['stc.com.sa'], senderIds: ['STC'], regions: ['SA'] },
  { id: 'mobily', name: 'Mobily', kind: 'telecom', names: ['mobily', 'موبايلي'], domains: ['mobily.com.sa'], senderIds: ['MOBILY'], regions: ['SA'] },
  { id: 'zain', name: 'Zain', kind: 'telecom', names: ['zain ksa', 'zain saudi', 'zain kuwait', 'زين السعودية'], domains: ['zain.com'], senderIds: ['ZAIN'], regions: ['SA', 'KW'] },
  { id: 'etisalat', name: 'Etisalat (e&)', kind: 'telecom', names: ['etisalat', 'e&'], domains: ['etisalat.ae', 'etisalat.eg'], senderIds: ['ETISALAT'], regions: ['AE', 'EG'] },
  { id: 'du', name: 'du', kind: 'telecom', names: ['du telecom'], domains: ['du.ae'], senderIds: ['DU'], regions: ['AE'] },
  { id: 'we-egypt', name: 'WE (Telecom Egypt)', kind: 'telecom', names: ['telecom egypt', 'المصرية للاتصالات'], domains: ['te.eg'], senderIds: ['WE'], regions: ['EG'] },
  { id: 'jio', name: 'Jio', kind: 'telecom', names: ['jio', 'reliance jio'], domains: ['jio.com'], senderIds: ['JIO'], regions: ['IN'] },
  { id: 'airtel', name: 'Airtel', kind: 'telecom', names: ['airtel', 'एयरटेल'], domains: ['airtel.in'], senderIds: ['AIRTEL'], regions: ['IN'] },
  { id: 'vi-india', name: 'Vi (Vodafone Idea)', kind: 'telecom', names: ['vodafone idea'], domains: ['myvi.in'], senderIds: ['VI'], regions: ['IN'] },
  { id: 'bsnl', name: 'BSNL', kind: 'telecom', names: ['bsnl'], domains: ['bsnl.co.in'], senderIds: ['BSNL'], regions: ['IN'] },
  { id: 'mts', name: 'MTS', kind: 'telecom', names: ['мтс', 'mts'], domains: ['mts.ru'], senderIds: ['MTS'], regions: ['RU'] },
  { id: 'beeline', name: 'Beeline', kind: 'telecom', names: ['билайн', 'beeline'], domains: ['beeline.ru'], senderIds: ['BEELINE'], regions: ['RU'] },
  { id: 'megafon', name: 'MegaFon', kind: 'telecom', names: ['мегафон', 'megafon'], domains: ['megafon.ru'], senderIds: ['MEGAFON'], regions: ['RU'] },
  { id: 'rostelecom', name: 'Rostelecom', kind: 'telecom', names: ['ростелеком', 'rostelecom'], domains: ['rt.ru'], senderIds: ['ROSTELECOM'], regions: ['RU'] },
  { id: 'telkomsel', name: 'Telkomsel', kind: 'telecom', names: ['telkomsel'], domains: ['telkomsel.com'], senderIds: ['TELKOMSEL'], regions: ['ID'] },
  { id: 'indosat', name: 'Indosat Ooredoo Hutchison', kind: 'telecom', names: ['indosat', 'indosat ooredoo', 'im3'], domains: ['indosatooredoo.com'], senderIds: ['INDOSAT'], regions: ['ID'] },
  { id: 'xl', name: 'XL Axiata', kind: 'telecom', names: ['xl axiata', 'myxl'], domains: ['xl.co.id'], senderIds: ['XL'], regions: ['ID'] },
  { id: 'verizon', name: 'Verizon', kind: 'telecom', names: ['verizon', 'verizon wireless'], domains: ['verizon.com', 'verizonwireless.com'], senderIds: ['VERIZON'], regions: ['US'] },
  { id: 'att', name: 'AT&T', kind: 'telecom', names: ['at&t'], domains: ['att.com', 'att.net'], senderIds: ['ATT'], regions: ['US'] },
  { id: 't-mobile', name: 'T-Mobile', kind: 'telecom', names: ['t-mobile', 'tmobile'], domains: ['t-mobile.com'], senderIds: ['TMOBILE'], regions: ['US'] },
  { id: 'telcel', name: 'Telcel', kind: 'telecom', names: ['telcel'], domains: ['telcel.com'], senderIds: ['TELCEL'], regions: ['MX'] },
  { id: 'claro', name: 'Claro', kind: 'telecom', names: ['claro brasil', 'claro móvel', 'claro movel'], domains: ['claro.com.br'], senderIds: ['CLARO'], regions: ['BR'] },
  { id: 'amazon', name: 'Amazon', kind: 'shopping', names: ['amazon', 'amazon prime', 'prime video'], domains: ['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.in', 'amazon.com.tr', 'amazon.sa', 'amazon.eg', 'amazon.ae', 'amazon.com.br', 'amazon.com.mx', 'amazon.ca', 'amazon.com.au', 'amazon.nl', 'amazon.pl', 'amazon.co.jp', 'amzn.to', 'amzn.eu', 'amzn.com', 'a.co'], senderIds: ['AMAZON'], regions: [] },
  { id: 'ebay', name: 'eBay', kind: 'shopping', names: ['ebay'], domains: ['ebay.com', 'ebay.co.uk', 'ebay.de', 'ebay.fr', 'ebay.it', 'ebay.es'], senderIds: ['EBAY'], regions: [] },
  { id: 'aliexpress', name: 'AliExpress', kind: 'shopping', names: ['aliexpress', 'ali express', 'алиэкспресс'], domains: ['aliexpress.com', 'aliexpress.ru'], senderIds: ['ALIEXPRESS'], regions: [] },
  { id: 'temu', name: 'Temu', kind: 'shopping', names: ['temu'], domains: ['temu.com'], senderIds: ['TEMU'], regions: [] },
  { id: 'shein', name: 'Shein', kind: 'shopping', names: ['shein'], domains: ['shein.com'], senderIds: ['SHEIN'], regions: [] },
  { id: 'walmart', name: 'Walmart', kind: 'shopping', names: ['walmart'], domains: ['walmart.com'], senderIds: ['WALMART'], regions: ['US'] },
  { id: 'target', name: 'Target', kind: 'shopping', names: ['target circle', 'target stores'], domains: ['target.com'], senderIds: ['TARGET'], regions: ['US'] },
  { id: 'costco', name: 'Costco', kind: 'shopping', names: ['costco'], domains: ['costco.com', 'costco.co.uk'], senderIds: ['COSTCO'], regions: [] },
  { id: 'best-buy', name: 'Best Buy', kind: 'shopping', names: ['best buy', 'geek squad'], domains: ['bestbuy.com'], senderIds: ['BESTBUY'], regions: ['US'] },
  { id: 'etsy', name: 'Etsy', kind: 'shopping', names: ['etsy'], domains: ['etsy.com'], senderIds: ['ETSY'], regions: [] },
  { id: 'ikea', name: 'IKEA', kind: 'shopping', names: ['ikea'], domains: ['ikea.com'], senderIds: ['IKEA'], regions: [] },
  { id: 'lidl', name: 'Lidl', kind: 'shopping', names: ['lidl'], domains: ['lidl.de', 'lidl.co.uk', 'lidl.fr', 'lidl.it', 'lidl.es'], senderIds: ['LIDL'], regions: [] },
  { id: 'carrefour', name: 'Carrefour', kind: 'shopping', names: ['carrefour'], domains: ['carrefour.fr', 'carrefour.com', 'carrefour.es', 'carrefour.it'], senderIds: ['CARREFOUR'], regions: [] },
  { id: 'mediamarkt', name: 'MediaMarkt', kind: 'shopping', names: ['mediamarkt', 'media markt'], domains: ['mediamarkt.de', 'mediamarkt.es', 'mediamarkt.it', 'mediamarkt.nl', 'mediamarkt.at', 'mediamarkt.ch', 'mediamarkt.be', 'mediamarkt.pt', 'mediamarkt.pl', 'mediamarkt.com.tr'], senderIds: ['MEDIAMARKT'], regions: ['DE', 'ES', 'IT', 'NL', 'AT', 'CH', 'BE', 'PT', 'PL', 'TR'] },
  { id: 'decathlon', name: 'Decathlon', kind: 'shopping', names: ['decathlon'], domains: ['decathlon.fr', 'decathlon.com'], senderIds: ['DECATHLON'], regions: [] },
  { id: 'zalando', name: 'Zalando', kind: 'shopping', names: ['zalando'], domains: ['zalando.com', 'zalando.de', 'zalando.fr', 'zalando.it', 'zalando.es', 'zalando.co.uk'], senderIds: ['ZALANDO'], regions: [] },
  { id: 'vinted', name: 'Vinted', kind: 'shopping', names: ['vinted'], domains: ['vinted.com', 'vinted.fr'], senderIds: ['VINTED'], regions: [] },
  { id: 'olx', name: 'OLX', kind: 'shopping', names: ['olx'], domains: ['olx.com.br', 'olx.pl', 'olx.in', 'olx.pt'], senderIds: ['OLX'], regions: [] },
  { id: 'wallapop', name: 'Wallapop', kind: 'shopping', names: ['wallapop'], domains: ['wallapop.com'], senderIds: ['WALLAPOP'], regions: ['ES'] },
  { id: 'leboncoin', name: 'leboncoin', kind: 'shopping', names: ['leboncoin', 'le bon coin'], domains: ['leboncoin.fr'], senderIds: ['LEBONCOIN'], regions: ['FR'] },
  { id: 'noon', name: 'Noon', kind: 'shopping', names: ['noon.com'], domains: ['noon.com'], senderIds: ['NOON'], regions: ['SA', 'AE', 'EG'] },
  { id: 'jumia', name: 'Jumia', kind: 'shopping', names: ['jumia', 'جوميا'], domains: ['jumia.com.eg'], senderIds: ['JUMIA'], regions: ['EG'] },
  { id: 'trendyol', name: 'Trendyol', kind: 'shopping', names: ['trendyol'], domains: ['trendyol.com'], senderIds: ['TRENDYOL'], regions: ['TR'] },
  { id: 'hepsiburada', name: 'Hepsiburada', kind: 'shopping', names: ['hepsiburada'], domains: ['hepsiburada.com'], senderIds: ['HEPSIBURADA'], regions: ['TR'] },
  { id: 'n11', name: 'n11', kind: 'shopping', names: ['n11'], domains: ['n11.com'], senderIds: ['N11'], regions: ['TR'] },
  { id: 'flipkart', name: 'Flipkart', kind: 'shopping', names: ['flipkart'], domains: ['flipkart.com', 'fkrt.it'], senderIds: ['FLIPKART'], regions: ['IN'] },
  { id: 'myntra', name: 'Myntra', kind: 'shopping', names: ['myntra'], domains: ['myntra.com'], senderIds: ['MYNTRA'], regions: ['IN'] },
  { id: 'meesho', name: 'Meesho', kind: 'shopping', names: ['meesho'], domains: ['meesho.com'], senderIds: ['MEESHO'], regions: ['IN'] },
  { id: 'mercado-libre', name: 'Mercado Libre', kind: 'shopping', names: ['mercado libre', 'mercadolibre', 'mercado livre', 'mercadolivre'], domains: ['mercadolibre.com', 'mercadolibre.com.mx', 'mercadolibre.com.ar', 'mercadolibre.com.co', 'mercadolibre.cl', 'mercadolivre.com.br'], senderIds: ['MERCADOLIBR'], regions: ['MX', 'BR', 'AR', 'CO', 'CL'] },
  { id: 'tokopedia', name: 'Tokopedia', kind: 'shopping', names: ['tokopedia'], domains: ['tokopedia.com'], senderIds: ['TOKOPEDIA'], regions: ['ID'] },
  { id: 'shopee', name: 'Shopee', kind: 'shopping', names: ['shopee'], domains: ['shopee.co.id', 'shopee.com.br'], senderIds: ['SHOPEE'], regions: ['ID', 'BR'] },
  { id: 'lazada', name: 'Lazada', kind: 'shopping', names: ['lazada'], domains: ['lazada.co.id'], senderIds: ['LAZADA'], regions: ['ID'] },
  { id: 'wildberries', name: 'Wildberries', kind: 'shopping', names: ['wildberries', 'вайлдберриз'], domains: ['wildberries.ru'], senderIds: ['WILDBERRIES'], regions: ['RU'] },
  { id: 'ozon', name: 'Ozon', kind: 'shopping', names: ['ozon', 'озон'], domains: ['ozon.ru'], senderIds: ['OZON'], regions: ['RU'] },
  { id: 'avito', name: 'Avito', kind: 'shopping', names: ['avito', 'авито'], domains: ['avito.ru'], senderIds: ['AVITO'], regions: ['RU'] },
  { id: 'apple', name: 'Apple', kind: 'tech', names: ['apple id', 'apple pay', 'apple support', 'apple store', 'app store', 'icloud', 'itunes'], domains: ['apple.com', 'icloud.com', 'me.com', 'apple.co', 'apple.news'], senderIds: ['APPLE'], regions: [] },
  { id: 'google', name: 'Google', kind: 'tech', names: ['google', 'gmail', 'google pay', 'gpay', 'google play'], domains: ['google.com', 'gmail.com', 'goo.gl', 'goo.gle', 'g.co'], senderIds: ['GOOGLE'], regions: [] },
  { id: 'microsoft', name: 'Microsoft', kind: 'tech', names: ['microsoft', 'office 365', 'microsoft 365', 'onedrive', 'hotmail'], domains: ['microsoft.com', 'microsoftonline.com', 'live.com', 'outlook.com', 'hotmail.com', 'office.com', 'office365.com', 'microsoft365.com', 'aka.ms', '1drv.ms'], senderIds: ['MICROSOFT'], regions: [] },
  { id: 'yandex', name: 'Yandex', kind: 'tech', names: ['yandex', 'яндекс'], domains: ['yandex.ru', 'yandex.com'], senderIds: ['YANDEX'], regions: ['RU'] },
  { id: 'docusign', name: 'DocuSign', kind: 'tech', names: ['docusign'], domains: ['docusign.com', 'docusign.net'], senderIds: ['DOCUSIGN'], regions: [] },
  { id: 'norton', name: 'Norton', kind: 'tech', names: ['norton 360', 'norton antivirus', 'norton lifelock'], domains: ['norton.com'], senderIds: ['NORTON'], regions: [] },
  { id: 'mcafee', name: 'McAfee', kind: 'tech', names: ['mcafee'], domains: ['mcafee.com'], senderIds: ['MCAFEE'], regions: [] },
  { id: 'steam', name: 'Steam', kind: 'tech', names: ['steam community', 'steam support', 'steam wallet', 'steampowered'], domains: ['steampowered.com', 'steamcommunity.com'], senderIds: ['STEAM'], regions: [] },
  { id: 'whatsapp', name: 'WhatsApp', kind: 'social', names: ['whatsapp', 'واتساب', 'واتس اب', 'ватсап', 'вотсап', 'व्हाट्सएप'], domains: ['whatsapp.com', 'whatsapp.net', 'wa.me'], senderIds: ['WHATSAPP'], regions: [] },
  { id: 'facebook', name: 'Facebook', kind: 'social', names: ['facebook', 'fb', 'فيسبوك', 'фейсбук'], domains: ['facebook.com', 'fb.com', 'fb.me', 'messenger.com', 'meta.com'], senderIds: ['FACEBOOK'], regions: [] },
  { id: 'instagram', name: 'Instagram', kind: 'social', names: ['instagram', 'انستغرام', 'инстаграм'], domains: ['instagram.com', 'instagr.am'], senderIds: ['INSTAGRAM'], regions: [] },
  { id: 'telegram', name: 'Telegram', kind: 'social', names: ['telegram', 'телеграм', 'تيليجرام', 'تلغرام'], domains: ['telegram.org', 't.me', 'telegram.me'], senderIds: ['TELEGRAM'], regions: [] },
  { id: 'tiktok', name: 'TikTok', kind: 'social', names: ['tiktok', 'تيك توك'], domains: ['tiktok.com'], senderIds: ['TIKTOK'], regions: [] },
  { id: 'twitter', name: 'X (Twitter)', kind: 'social', names: ['twitter'], domains: ['twitter.com', 'x.com', 't.co'], senderIds: ['TWITTER'], regions: [] },
  { id: 'linkedin', name: 'LinkedIn', kind: 'social', names: ['linkedin'], domains: ['linkedin.com', 'lnkd.in'], senderIds: ['LINKEDIN'], regions: [] },
  { id: 'snapchat', name: 'Snapchat', kind: 'social', names: ['snapchat'], domains: ['snapchat.com'], senderIds: ['SNAPCHAT'], regions: [] },
  { id: 'viber', name: 'Viber', kind: 'social', names: ['viber'], domains: ['viber.com'], senderIds: ['VIBER'], regions: [] },
  { id: 'vk', name: 'VK', kind: 'social', names: ['vk', 'вконтакте', 'vkontakte'], domains: ['vk.com'], senderIds: ['VK'], regions: ['RU'] },
  { id: 'netflix', name: 'Netflix', kind: 'streaming', names: ['netflix', 'نتفليكس', 'нетфликс'], domains: ['netflix.com'], senderIds: ['NETFLIX'], regions: [] },
  { id: 'disney-plus', name: 'Disney+', kind: 'streaming', names: ['disney+', 'disney plus', 'disneyplus'], domains: ['disneyplus.com'], senderIds: ['DISNEYPLUS'], regions: [] },
  { id: 'spotify', name: 'Spotify', kind: 'streaming', names: ['spotify'], domains: ['spotify.com'], senderIds: ['SPOTIFY'], regions: [] },
  { id: 'youtube', name: 'YouTube', kind: 'streaming', names: ['youtube', 'يوتيوب'], domains: ['youtube.com', 'youtu.be'], senderIds: ['YOUTUBE'], regions: [] },
  { id: 'dazn', name: 'DAZN', kind: 'streaming', names: ['dazn'], domains: ['dazn.com'], senderIds: ['DAZN'], regions: [] },
  { id: 'binance', name: 'Binance', kind: 'crypto', names: ['binance'], domains: ['binance.com'], senderIds: ['BINANCE'], regions: [] },
  { id: 'coinbase', name: 'Coinbase', kind: 'crypto', names: ['coinbase'], domains: ['coinbase.com'], senderIds: ['COINBASE'], regions: [] },
  { id: 'kraken', name: 'Kraken', kind: 'crypto', names: ['kraken'], domains: ['kraken.com'], senderIds: ['KRAKEN'], regions: [] },
  { id: 'crypto-com', name: 'Crypto.com', kind: 'crypto', names: ['crypto.com'], domains: ['crypto.com'], senderIds: ['CRYPTOCOM'], regions: [] },
  { id: 'metamask', name: 'MetaMask', kind: 'crypto', names: ['metamask'], domains: ['metamask.io'], senderIds: ['METAMASK'], regions: [] },
  { id: 'trust-wallet', name: 'Trust Wallet', kind: 'crypto', names: ['trust wallet', 'trustwallet'], domains: ['trustwallet.com'], senderIds: ['TRUSTWALLET'], regions: [] },
  { id: 'ledger', name: 'Ledger', kind: 'crypto', names: ['ledger live', 'ledger nano'], domains: ['ledger.com'], senderIds: ['LEDGER'], regions: [] },
  { id: 'bybit', name: 'Bybit', kind: 'crypto', names: ['bybit'], domains: ['bybit.com'], senderIds: ['BYBIT'], regions: [] },
  { id: 'okx', name: 'OKX', kind: 'crypto', names: ['okx'], domains: ['okx.com'], senderIds: ['OKX'], regions: [] },
  { id: 'kucoin', name: 'KuCoin', kind: 'crypto', names: ['kucoin'], domains: ['kucoin.com'], senderIds: ['KUCOIN'], regions: [] },
  { id: 'bitpanda', name: 'Bitpanda', kind: 'crypto', names: ['bitpanda'], domains: ['bitpanda.com'], senderIds: ['BITPANDA'], regions: [] },
  { id: 'btcturk', name: 'BtcTurk', kind: 'crypto', names: ['btcturk'], domains: ['btcturk.com'], senderIds: ['BTCTURK'], regions: ['TR'] },
  { id: 'paribu', name: 'Paribu', kind: 'crypto', names: ['paribu'], domains: ['paribu.com'], senderIds: ['PARIBU'], regions: ['TR'] },
  { id: 'wazirx', name: 'WazirX', kind: 'crypto', names: ['wazirx'], domains: ['wazirx.com'], senderIds: ['WAZIRX'], regions: ['IN'] },
];

/** A brand named in a text: `text.slice(start, end)` is the name as written. */
export interface BrandMention {
  readonly brand: Brand;
  readonly start: number;
  readonly end: number;
}

/** Look-ups over a brand list, built once from it. */
export interface BrandIndex {
  readonly brands: readonly Brand[];
  brandById(id: string): Brand | null;
  /** The brand that owns this registered domain (`dhl.com`, `amzn.to`), or null. */
  officialBrandOfDomain(registeredDomain: string): Brand | null;
  /**
   * Brands named in a text (any case; spans index the text as given), in text order, the
   * longest name at each place. Names
   * match whole words only; a name of three characters or fewer (`ee`, `bt`, `sfr`) must also
   * not touch a dot, `@`, `/` or `_`, so that `ee.uu.` or `nhs@x` or a path do not count.
   * Russian names also match their case endings (`сбербанка`, `почты россии`) and Arabic names
   * their attached prefixes (`والراجحي`, `للبريد السعودي`).
   */
  brandsNamedIn(text: string): BrandMention[];
}

interface NameEntry {
  readonly brand: Brand;
  readonly tokens: readonly string[];
  readonly short: boolean;
}

const WORD_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  WORD_ASCII[c] = /[A-Za-z0-9&+]/.test(ch) ? 1 : 0;
}
const WORD_OTHER = /[\p{L}\p{M}\p{N}]/u;

/** A character of a word: a letter, mark or digit of any script, or `&` and `+` (`at&t`, `disney+`). */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return WORD_ASCII[c] === 1;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0x370 && c <= 0x52f) return c !== 0x37e && c !== 0x387;
  if (c >= 0x600 && c <= 0x6ff) {
    return !(
      c < 0x610 ||
      c === 0x61b ||
      c === 0x61f ||
      (c >= 0x66a && c <= 0x66d) ||
      c === 0x6d4 ||
      c === 0x6dd ||
      c === 0x6de ||
      c === 0x6e9
    );
  }
  if (c >= 0x900 && c <= 0x97f) return c !== 0x964 && c !== 0x965;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return WORD_OTHER.test(String.fromCharCode(c));
}

const ARABIC_VARIANTS = /[\u064b-\u0652]|[\u0622\u0623\u0625\u0649\u0629\u0640]/g;
const ARABIC_FOLD: Readonly<Record<string, string>> = {
  '\u0622': '\u0627',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0649': '\u064a',
  '\u0629': '\u0647',
};

/**
 * One spelling per word: Latin accents and the Turkish dotted/dotless i folded (`société` and
 * `societe`, `bankası` and `bankasi` meet), Arabic alef, yeh and teh marbuta variants and
 * diacritics folded. ASCII words are returned as they are.
 */
export function foldWord(word: string): string {
  let latin = false;
  let arabic = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0xc0) continue;
    if (c <= 0x36f) latin = true;
    else if (c >= 0x600 && c <= 0x6ff) arabic = true;
  }
  let out = word;
  if (latin)
    out = out
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ı/g, 'i');
  if (arabic) out = out.replace(ARABIC_VARIANTS, (ch) => ARABIC_FOLD[ch] ?? '');
  return out;
}

interface Tokens {
  readonly starts: number[];
  readonly ends: number[];
  readonly words: string[];
}

function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const words: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordCode(text.charCodeAt(i))) i++;
    starts.push(start);
    ends.push(i);
    words.push(foldWord(text.slice(start, i).toLowerCase()));
  }
  return { starts, ends, words };
}

const GAP_CHARS = " \t\n\r\u00a0-._/'\u2019";
const CYRILLIC_ENDINGS = 'аяоеыиуюйь';

function isCyrillic(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x400 && c <= 0x4ff;
}

function isArabic(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x600 && c <= 0x6ff;
}

/** Russian words change their ending with case: compare without the last vowel of the name. */
function cyrillicStem(word: string): string {
  return word.length >= 4 && CYRILLIC_ENDINGS.includes(word[word.length - 1]!)
    ? word.slice(0, -1)
    : word;
}

function wordMatches(word: string, name: string): boolean {
  if (word === name) return true;
  if (name.length < 4 || !isCyrillic(name)) return false;
  const stem = cyrillicStem(name);
  return word.startsWith(stem) && word.length - stem.length <= 3;
}

function gapIsSoft(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) if (!GAP_CHARS.includes(text[i]!)) return false;
  return true;
}

/** A short name must stand alone: not part of a host, path, e-mail or dotted abbreviation. */
function shortNameStandsAlone(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : ' ';
  if ('.@/\\_#'.includes(before)) return false;
  const after = end < text.length ? text[end]! : ' ';
  if ('@_'.includes(after)) return false;
  if (after === '.' && end + 1 < text.length && isWordCode(text.charCodeAt(end + 1))) return false;
  return true;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

export function createBrandIndex(brands: readonly Brand[]): BrandIndex {
  const byId = new Map<string, Brand>();
  const byDomain = new Map<string, Brand>();
  const byFirst = new Map<string, NameEntry[]>();
  const byCyrillicStem = new Map<string, NameEntry[]>();
  for (const brand of brands) {
    byId.set(brand.id, brand);
    const written = new Set<string>(brand.names);
    for (const domain of brand.domains) {
      byDomain.set(domain, brand);
      written.add(domain);
      if (domain.startsWith('www.')) written.add(domain.slice(4));
    }
    const seen = new Set<string>();
    for (const name of written) {
      const tokens = tokenize(name).words;
      const first = tokens[0];
      if (first === undefined || (tokens.length === 1 && first.length < 2)) continue;
      const key = tokens.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const entry: NameEntry = { brand, tokens, short: tokens.length === 1 && first.length <= 3 };
      pushTo(byFirst, first, entry);
      if (first.length >= 4 && isCyrillic(first))
        pushTo(byCyrillicStem, cyrillicStem(first), entry);
    }
  }

  function candidates(word: string): NameEntry[] {
    const exact = byFirst.get(word);
    if (exact !== undefined) return exact;
    if (isArabic(word) && word.length > 3) {
      // Attached conjunctions and prepositions: و ف ب ك ل, and لل for ل + ال.
      if (word.startsWith('لل')) {
        const list = byFirst.get('ال' + word.slice(2));
        if (list !== undefined) return list;
      }
      if ('وفبكل'.includes(word[0]!)) return byFirst.get(word.slice(1)) ?? [];
      return [];
    }
    if (isCyrillic(word) && word.length >= 4) {
      const found: NameEntry[] = [];
      for (let cut = 0; cut <= 3 && word.length - cut >= 3; cut++) {
        for (const e of byCyrillicStem.get(word.slice(0, word.length - cut)) ?? [])
          if (wordMatches(word, e.tokens[0]!)) found.push(e);
      }
      return found;
    }
    return [];
  }

  function brandsNamedIn(text: string): BrandMention[] {
    const { starts, ends, words } = tokenize(text);
    const out: BrandMention[] = [];
    for (let i = 0; i < words.length; i++) {
      const list = candidates(words[i]!);
      if (list.length === 0) continue;
      let best = 0;
      let found: Brand[] = [];
      for (const e of list) {
        const len = e.tokens.length;
        if (len < best || i + len > words.length) continue;
        let ok = true;
        for (let k = 1; k < len && ok; k++) {
          ok =
            wordMatches(words[i + k]!, e.tokens[k]!) &&
            gapIsSoft(text, ends[i + k - 1]!, starts[i + k]!);
        }
        if (ok && e.short) ok = shortNameStandsAlone(text, starts[i]!, ends[i]!);
        if (!ok) continue;
        if (len > best) {
          best = len;
          found = [e.brand];
        } else if (!found.includes(e.brand)) found.push(e.brand);
      }
      if (best === 0) continue;
      for (const brand of found) out.push({ brand, start: starts[i]!, end: ends[i + best - 1]! });
      i += best - 1;
    }
    return out;
  }

  return {
    brands,
    brandById: (id) => byId.get(id) ?? null,
    officialBrandOfDomain: (domain) => byDomain.get(domain) ?? null,
    brandsNamedIn,
  };
}

let defaultIndex: BrandIndex | undefined;

/** The index over `BRANDS`, built on first use. */
export function defaultBrandIndex(): BrandIndex {
  defaultIndex ??= createBrandIndex(BRANDS);
  return defaultIndex;
}

export function brandById(id: string): Brand | null {
  return defaultBrandIndex().brandById(id);
}

export function officialBrandOfDomain(registeredDomain: string): Brand | null {
  return defaultBrandIndex().officialBrandOfDomain(registeredDomain);
}

export function brandsNamedIn(text: string): BrandMention[] {
  return defaultBrandIndex().brandsNamedIn(text);
}
