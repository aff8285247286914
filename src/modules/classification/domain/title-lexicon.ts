/**
 * Hand-curated multilingual title vocabulary (EN, DE, FR, ES, NL, IT, PT), written from general knowledge of job
 * titles. Phrases are written folded (lower case, no diacritics: "geschaftsfuhrer" matches "Geschäftsführer"),
 * one or more words separated by spaces; `|` separates alternatives. The generated vocabulary in
 * title-knowledge.data.ts only fills gaps this file leaves.
 */
import type { SeniorityLevel, TitleFunction } from './title-taxonomy.js';

/** [function, weight, phrases]. Weight 1 = the phrase names the function; lower = a hint that others outweigh. */
export const FUNCTION_PHRASES: ReadonlyArray<readonly [TitleFunction, number, string]> = [
  // ── executive (general management; wins only when no functional word is present)
  ['executive', 0.5, 'ceo|chief executive officer|chief executive|managing director|geschaftsfuhrer|geschaftsfuhrerin'],
  ['executive', 0.5, 'geschaftsfuhrung|geschaftsfuhrende|geschaftsfuhrender|geschaeftsfuehrer|geschaftsleitung'],
  ['executive', 0.5, 'gf|gl|md|president|prasident|prasidentin|presidente|presidenta|pdg|dg|directeur general'],
  ['executive', 0.5, 'directrice generale|director general|directora general|director gerente|consejero delegado'],
  ['executive', 0.5, 'gerente general|amministratore delegato|direttore generale|diretor geral|diretora geral'],
  ['executive', 0.5, 'diretor executivo|diretora executiva|algemeen directeur|algemeen directrice|bestuurder'],
  ['executive', 0.5, 'vd|verkstallande direktor|administrerende direktor|toimitusjohtaja'],
  ['executive', 0.5, 'founder|co founder|cofounder|owner|co owner|inhaber|inhaberin|grunder|grunderin|mitgrunder'],
  ['executive', 0.5, 'gesellschafter|gesellschafterin|fondateur|fondatrice|cofondateur|cofondatrice|proprietaire|gerant'],
  ['executive', 0.5, 'gerante|fundador|fundadora|cofundador|cofundadora|propietario|propietaria|dueno|duena|eigenaar'],
  ['executive', 0.5, 'eigenares|oprichter|medeoprichter|mede oprichter|fondatore|cofondatore|titolare|proprietario'],
  ['executive', 0.5, 'proprietaria|socio|socia|socio fundador|socio director|managing partner|founding partner'],
  ['executive', 0.5, 'general manager|gm|vorstand|vorstandsvorsitzender|vorstandsvorsitzende|vorstandsmitglied'],
  ['executive', 0.5, 'unternehmer|unternehmerin|entrepreneur|entrepreneuse|empresario|empresaria|ondernemer'],
  ['executive', 0.5, 'imprenditore|empreendedor|empresario|c level|c suite|cxo|executive board|management board'],
  ['executive', 0.5, 'geschaftsstellenleiter|niederlassungsleiter|niederlassungsleiterin|standortleiter|bedrijfsleider'],
  ['executive', 0.5, 'country manager|country director|landesleiter|general management|unternehmensleitung|direction'],
  ['executive', 0.5, 'direccion|direzione|directie|prokurist|prokuristin|executive director|chairman|chairwoman'],
  ['executive', 0.4, 'business unit|geschaftsbereich|business owner|partner|associate partner'],

  // ── sales
  ['sales', 1, 'sales|vertrieb|verkauf|verkaufer|verkauferin|vendite|ventes|ventas|vendas|verkoop|verkoper'],
  ['sales', 1, 'account executive|account manager|account management|key account|kam|key accounter|ae|sdr'],
  ['sales', 1, 'account director|client partner|inside sales|outside sales|field sales|innendienst|aussendienst'],
  ['sales', 1, 'vertriebsinnendienst|vertriebsaussendienst|verkaufsinnendienst|kundenberater|kundenberaterin'],
  ['sales', 1, 'kundenbetreuer|kundenbetreuerin|kundenbetreuung|firmenkunden|firmenkundenbetreuer|privatkunden'],
  ['sales', 1, 'geschaftskunden|grosskunden|commercial|commerciale|commerciaux|commercieel|commerciele'],
  ['sales', 1, 'ingenieur commercial|ingenieure commerciale|attache commercial|charge d affaires|chargee d affaires'],
  ['sales', 1, 'technico commercial|vendeur|vendeuse|comercial|vendedor|vendedora|ejecutivo de cuentas'],
  ['sales', 1, 'ejecutiva de cuentas|gestor de cuentas|gestora de cuentas|venditore|venditrice|agente di commercio'],
  ['sales', 1, 'account|accounts|vendas|consultor comercial|executivo de contas|executiva de contas|accountmanager'],
  ['sales', 1, 'accountmanagerin|revops|revenue operations|sales operations|salesops|sales ops|sales enablement'],
  ['sales', 1, 'cro|chief revenue officer|chief sales officer|revenue|presales|pre sales|presale|sales engineer'],
  ['sales', 1, 'verkaufsberater|verkaufsberaterin|handelsvertreter|handelsvertreterin|area manager|gebietsleiter'],
  ['sales', 1, 'gebietsverkaufsleiter|regionalleiter|bezirksleiter|distriktleiter|vertriebsbeauftragter|akquise'],
  ['sales', 1, 'kam|nam|national account|global account|strategic account|channel sales|channel manager'],
  ['sales', 1, 'distributor|dealer|handel|retail|e retail|sales agent|handelsagent'],
  // "Agent" alone is a hint: Customer Service Agent, Change Agent and CRM agent are not sellers.
  ['sales', 0.7, 'agent'],
  ['sales', 0.6, 'distribution|vertriebspartner'],
  ['sales', 1, 'territory manager|territory account manager|territory sales manager|territory director'],
  ['sales', 0.8, 'auftragsabwicklung|order management|angebotserstellung|kalkulation|bid manager|tender|tenders'],
  ['sales', 0.8, 'vendas|negocios|ventes et'],
  // Salesforce is the sales CRM: its administrators, consultants and product owners sit in sales operations,
  // which this taxonomy counts as sales (as RevOps); the curated department titles agree (Salesforce → Sales).
  ['sales', 1, 'salesforce|salesforce com|sales cloud|sfdc'],
  ['sales', 1, 'media sales|advertising sales|ad sales|anzeigenverkauf|anzeigenverkaufer|mediaverkauf'],
  ['sales', 0.7, 'cco|chief commercial officer|immobilienmakler|makler'],
  // Bare "CSO" is ambiguous (sales, security, strategy); DACH B2B titles mostly mean Chief Sales Officer, and a
  // spelled-out or other functional word in the title outranks this hint.
  ['sales', 0.7, 'cso'],
  ['sales', 1, 'versicherungsmakler|versicherungsvertreter|versicherungsvertreterin|finanzberater|finanzberaterin'],
  // Versicherungsfachmann/-frau (IHK) is the qualification of insurance intermediaries (§34d GewO): sellers.
  ['sales', 1, 'versicherungsfachmann|versicherungsfachfrau'],
  // Travel agents sell travel (O*NET 41-3041, a sales occupation).
  ['sales', 1, 'travel agent|reiseverkehrskaufmann|reiseverkehrskauffrau|reiseburokaufmann|reiseburokauffrau|reiseberater|reiseberaterin'],
  // A regional VP in B2B titles runs a sales region; a function named beside it ("Regional VP Operations") wins.
  ['sales', 0.6, 'regional vice president|regional vp|rvp'],
  ['sales', 0.7, 'broker|realtor|real estate agent|insurance agent|versicherungsvertreter|makelaar|verkaufsleitung'],

  // ── marketing (communication, PR, brand, events, content, digital marketing)
  ['marketing', 1, 'marketing|mercadotecnia|marketeer|marketer|cmo|chief marketing officer|branding|brand management'],
  // A brand or "growth" beside a sales word ("Sales Director Brand X", "Sales & Growth") is the seller's scope.
  ['marketing', 0.8, 'brand|brands|marke|growth'],
  ['marketing', 1, 'communication|communications|kommunikation|communicatie|comunicacion|comunicazione|comunicacao'],
  ['marketing', 1, 'public relations|pr|presse|press|pressesprecher|pressesprecherin|spokesperson|offentlichkeitsarbeit'],
  ['marketing', 1, 'werbung|advertising|publicite|publicidad|pubblicita|reclame|social media|content'],
  ['marketing', 1, 'seo|sea|sem|growth marketing|growth hacking|demand generation|lead generation|lead management|campaign|campaigns'],
  ['marketing', 1, 'copywriter|texter|redakteur|redakteurin|redacteur|redactrice|kampagnen'],
  // Events and trade fairs are marketing, but a sales or project word in the same title outranks them.
  ['marketing', 0.8, 'event|events|veranstaltung|veranstaltungen|trade show|trade fair|eventos|media'],
  // German "Messe" (trade fair) is a marketing discipline outright, as in its compounds (Messeplanung, Messeleitung);
  // beside an equally strong sales word it is the seller's channel (the normaliser then reads sales).
  ['marketing', 1, 'messe|messen|messewesen|fachmesse|fachmessen'],
  ['marketing', 0.8, 'evenements|evenementiel|evenement|medien|sponsoring|sponsorship'],
  ['marketing', 1, 'editor|journalist|journalistin|community manager|influencer|onlinemarketing|produktmarketing'],
  ['marketing', 1, 'markting|art director|creative director|creative|kreation|grafik|grafikdesigner|graphic'],
  ['marketing', 1, 'designer|mediengestalter|mediengestalterin|webdesigner|ux writer|marktforschung|market research'],
  ['marketing', 1, 'market intelligence|market insights|marktanalyse|mercadeo|fundraising'],
  ['marketing', 1, 'corporate affairs|public affairs|kommunikationsberater|pressereferent'],
  ['marketing', 1, 'digital marketing|online marketing|performance marketing|e mail marketing|email marketing'],
  ['marketing', 1, 'crm marketing|product marketing|trade marketing|marketing automation|marketing manager'],
  ['marketing', 0.8, 'customer experience|cx|customer journey|e commerce|ecommerce|onlineshop|webshop'],
  ['marketing', 0.8, 'online|website|web|internet|digital media'],
  ['marketing', 0.7, 'market|markets|markt|marche|mercado|mercato|markt management|marktmanagement'],

  // ── finance
  ['finance', 1, 'finance|financial|finanzen|finanz|finanzbuchhaltung|buchhaltung|buchhalter|buchhalterin'],
  ['finance', 1, 'accounting|accountant|accounts payable|accounts receivable|bookkeeper|controller|controllerin'],
  ['finance', 1, 'controlling|cfo|chief financial officer|treasury|treasurer|tax|steuer|steuerberater|steuerberaterin'],
  ['finance', 1, 'audit|auditor|wirtschaftsprufer|wirtschaftsuferin|revisor|revision|finances|financier|comptable'],
  ['finance', 1, 'comptabilite|tresorerie|fiscal|fiscalite|controleur de gestion|controle de gestion|daf|raf'],
  ['finance', 1, 'finanzas|contable|contador|contadora|contabilidad|tesoreria|finanza|contabile|contabilita'],
  ['finance', 1, 'amministrazione e finanza|financas|contabilidade|financien|boekhouder|boekhouding|fiscalist'],
  ['finance', 1, 'credit|kredit|credit analyst|risk|risiko|risikomanagement'],
  ['finance', 1, 'investment|investments|banking|banker|bank|bankkaufmann|bankkauffrau|portfolio|fund|funds|asset'],
  ['finance', 1, 'wealth|vermogensberater|vermogensberaterin|actuary|aktuar|underwriter|claims|billing'],
  // Banking's own words, which would otherwise read as sales ("Commercial Banker") or security ("Securities").
  ['finance', 1, 'securities|wertpapier|wertpapiere|wertpapierhandel|commercial banker|commercial banking|commercial lending'],
  ['finance', 1, 'commercial loan|commercial loans|commercial lines|commercial underwriter|commercial underwriting|loan officer'],
  // English "personal" before a noun is not the German "Personal" (HR).
  ['finance', 1, 'personal banker|personal banking|personal finance|personal financial|personal lines|personal loan|personal loans'],
  ['finance', 1, 'prufungsassistent|prufungsassistentin|audit assistant|assurance|anlageberater|anlageberaterin|investment advisor'],
  ['finance', 1, 'investment adviser|risikomanager|risikomanagerin|risikomanagement|risikocontrolling|fondsmanager|fondsmanagerin'],
  ['other', 1, 'personal trainer|personal coach|personal shopper|personal chef|personal care'],
  ['finance', 1, 'steuerassistent|steuerassistentin|buchhaltungsassistent|buchhaltungsassistentin'],
  ['finance', 0.8, 'cost|kosten|budget|invoicing|fakturierung|rechnungswesen|bilanz'],
  // A named domain before "advisor/consultant" is the function (legal, tax, financial advice), not consulting.
  ['finance', 1, 'tax advisor|tax adviser|tax consultant|financial advisor|financial adviser|financial consultant|investment advisor'],
  ['finance', 1, 'revenue accountant|revenue accounting|fp a|fpa|fp and a|financial planning|financial planning and analysis|financial analyst|finance business partner'],
  ['finance', 1, 'directeur administratif et financier|responsable administratif et financier|directeur financier|directrice financiere'],
  ['finance', 1, 'direttore finanziario|direttore amministrativo|responsabile amministrativo|responsabile amministrazione'],
  ['finance', 1, 'director financiero|directora financiera|director administrativo|directora administrativa|administracion y finanzas'],
  ['finance', 1, 'diretor financeiro|diretora financeira|diretor administrativo|diretora administrativa|financieel directeur'],
  ['finance', 1, 'directeur administratif|responsable administratif|financieel|financiele|controlling|ekonomi|ekonomichef|ekonomiansvarig'],
  ['finance', 1, 'redovisning|redovisningsekonom|ekonomiassistent|okonomi|okonomichef|regnskab|regnskabschef|bokforing|finanschef'],
  ['finance', 1, 'versicherung|versicherungen|insurance|assurantie|seguros|assicurazioni|reinsurance|ruckversicherung|actuarial'],
  ['finance', 1, 'kreditorenbuchhaltung|debitorenbuchhaltung|hauptbuchhaltung|bilanzbuchhalter|bilanzbuchhalterin|steuerfachangestellte'],
  // "Kaufmännische Leitung": the commercial administration of a German company (finance, accounting, admin).
  ['finance', 0.7, 'kaufmannischer leiter|kaufmannische leiterin|kaufmannische leitung|kaufmannischer geschaftsfuhrer'],
  ['finance', 0.5, 'kaufmannisch|kaufmannischer|kaufmannische'],

  // ── legal and compliance
  ['legal', 1, 'legal|lawyer|attorney|counsel|general counsel|rechtsanwalt|rechtsanwaltin|jurist|juristin|justiziar'],
  ['legal', 1, 'justitiar|syndikus|syndikusrechtsanwalt|recht|rechtsabteilung|juridique|juriste|avocat|avocate'],
  ['legal', 1, 'abogado|abogada|juridico|legale|avvocato|avvocata|advogado|advogada|advocaat|jurist|bedrijfsjurist'],
  ['legal', 1, 'compliance|datenschutz|datenschutzbeauftragter|data protection|privacy|dpo|paralegal|notar|notary'],
  ['legal', 1, 'clo|chief legal officer|contract|contracts|vertragsmanagement|regulatory|regulatory affairs|patent'],
  ['legal', 1, 'patentanwalt|intellectual property|kanzlei|law|droit|derecho|diritto|direito|gdpr|dsgvo'],
  // "GC" alone is the General Counsel; a weak hint so that any other functional word wins.
  ['legal', 0.7, 'gc|governance'],
  ['legal', 1, 'legal advisor|legal adviser|legal consultant|legal officer|conseiller juridique|asesor juridico|consulente legale'],
  ['legal', 1, 'chief compliance officer|cco compliance|deputy general counsel|associate general counsel|legal counsel'],
  ['legal', 1, 'advokat|advokatfullmaktig|bolagsjurist|notaire|notaio|notario|rechtsreferendar|referendar|rechtsanwaltsfachangestellte'],
  ['legal', 1, 'company secretary|corporate secretary|secretaire general|secretario general|juridisch|juridische|legal affairs'],

  // ── security (information/cyber security)
  ['security', 1, 'ciso|chief information security officer|chief security officer|information security|informationssicherheit'],
  // French RSSI (responsable de la sécurité des systèmes d'information) is the CISO; GRC teams run security compliance.
  ['security', 1, 'rssi|responsable securite des systemes d information|responsable de la securite des systemes d information'],
  ['security', 1, 'grc|governance risk and compliance|governance risk compliance|it grc|informationssicherheitsbeauftragter'],
  ['security', 1, 'it security|it sicherheit|cyber|cybersecurity|cyber security|infosec|secops|devsecops|soc'],
  ['security', 1, 'security|sicherheit|securite|seguridad|sicurezza|seguranca|beveiliging|pentester|penetration'],
  ['security', 1, 'isms|iso 27001|informatiesicherheit|securite informatique|ciberseguridad|security architect'],

  // ── IT
  ['it', 1, 'it|ict|edv|informatik|informatiker|informatikerin|informatique|informatica|informatico|informatica'],
  ['it', 1, 'ti|tic|tecnologia|tecnologias|systemadministrator|system administrator|sysadmin|system administration'],
  ['it', 0.7, 'administrator|systemadministration|netzwerkadministration|it administration|it administrator'],
  ['it', 1, 'administrateur systeme|administrateur reseau|netzwerk|network|networks|infrastructure|infrastruktur'],
  ['it', 1, 'cio|chief information officer|chief digital officer|cdo|dsi|systemes d information|sap|erp|crm'],
  ['it', 1, 'dynamics|microsoft dynamics|navision|servicenow|cloud|server|datacenter|rechenzentrum'],
  ['it', 1, 'helpdesk administrator|systembetreuer|systembetreuung|it leiter|it leitung|digitalisierung'],
  ['it', 1, 'digitalization|digitalisation|digital transformation|digitale transformation|transformation digitale'],
  ['it', 1, 'automatisierung|rpa|it manager|it director|technology|technologie|tech|systems|systeme|sistemas'],
  ['it', 1, 'application|applications|applikation|applikationen|anwendungsbetreuer|it berater'],
  ['it', 1, 'sistemi informativi|sistemas de informacion|sistemas de informacao|informatievoorziening|automatisering'],
  ['it', 1, 'computer science|computer scientist|computer engineering|wirtschaftsinformatik|wirtschaftsinformatiker'],
  ['it', 0.6, 'digital|digitale|digitaal|innovation|innovations|it projekt|inhouse consultant'],

  // ── engineering (software & systems)
  ['engineering', 1, 'software|softwareentwickler|softwareentwicklerin|developer|entwickler|entwicklerin|programmer'],
  ['engineering', 1, 'programmierer|programmiererin|software engineer|devops|sre|site reliability|frontend|backend'],
  ['engineering', 1, 'fullstack|full stack|web developer|webentwickler|mobile|ios|android|java|javascript|python'],
  ['engineering', 1, 'net|php|c++|c#|golang|qa|quality assurance engineer|tester|testing|test engineer|cto'],
  ['engineering', 1, 'chief technology officer|chief technical officer|developpeur|developpeuse|desarrollador'],
  ['engineering', 1, 'desarrolladora|programador|programadora|sviluppatore|sviluppatrice|desenvolvedor|ontwikkelaar'],
  ['engineering', 1, 'programmeur|architect|software architekt|it architekt|architecte logiciel|architecte si'],
  ['engineering', 1, 'solution architect|solutions architect|enterprise architect|technical lead|tech lead|coding'],
  ['engineering', 1, 'ingenieur logiciel|ingeniero de software|embedded|embedded software'],
  // Test automation is software testing, not plant automation.
  ['engineering', 1, 'test automation|test automation engineer|testautomatisierung|qa automation|qa automation engineer'],
  // A generic engineering leader is software unless the title names a discipline outside IT ("Electrical
  // Engineering Manager"), whose word (weight 1) then outranks this one.
  ['engineering', 0.9, 'engineering manager|vp engineering'],
  ['engineering', 1, 'softwareingenieur|software ingenieur|ingenieur informatique|ingenieur developpement|ingegnere informatico|ingegnere del software'],
  ['engineering', 1, 'ingeniero informatico|engenheiro de software|software engineering|ingenieur etudes et developpement'],
  // English "engineer" on its own is mostly software on profiles; qualified non-IT engineers are manufacturing below.
  ['engineering', 0.7, 'engineering|engineer'],
  ['engineering', 0.6, 'development|developpement|desarrollo|sviluppo|desenvolvimento|ontwikkeling'],
  ['engineering', 0.5, 'technical'],
  // German/Romance/Nordic "Ingenieur", "Technik", "Entwicklung" and R&D name engineering outside IT (mechanical,
  // electrical, product R&D); software forms (Softwareingenieur, ingénieur logiciel, IT-Entwicklung) outrank them.
  ['manufacturing', 0.7, 'ingenieur|ingenieurin|ingeniero|ingeniera|ingegnere|engenheiro|ingenjor|ingenior|ingenieure'],
  ['manufacturing', 0.7, 'architekt|architektin|architecte|arquitecto|arquitecta|architetto|arquiteto|architectuur'],
  ['manufacturing', 0.5, 'technik|technisch|technische|technischer|technisches|teknik|teknisk|techniek|technique'],
  ['research', 0.6, 'entwicklung|vorentwicklung'],
  ['research', 0.8, 'r d|f e|r and d|forschung und entwicklung|research and development|recherche et developpement|i d|i and d'],
  ['manufacturing', 0.8, 'hardware|hardware engineer|hardware development|hardwareentwicklung|hardwareentwickler|electronics engineer'],

  // ── product
  ['product', 1, 'product manager|product management|produktmanagement|product owner|product lead|cpo'],
  ['product', 1, 'chief product officer|chef de produit|cheffe de produit|produktmanager'],
  ['product', 1, 'produktmanagerin|ux|ui|user experience|user interface|ux designer|ux ui'],
  // Scrum masters and agile coaches run software delivery teams.
  ['engineering', 1, 'scrum master|agile coach|agile master'],
  ['product', 0.5, 'product|products|produkt|produkte|produit|produits|producto|prodotto|produto'],
  ['product', 1, 'productmanager|produktverantwortlicher|produktentwicklung|product development'],

  // ── data
  ['data', 1, 'data|daten|donnees|datos|dati|dados|analytics|data scientist|data science|data engineer|bi'],
  ['data', 1, 'business intelligence|machine learning|ml|ai|artificial intelligence|kunstliche intelligenz|ki'],
  ['data', 1, 'statistician|statistiker|statistikerin|datenanalyst|data analyst|big data|insights'],
  ['data', 0.6, 'reporting'],
  ['data', 1, 'datenbank|database|dba|data warehouse|dwh|cdao|chief data officer|datenmanagement|analytik'],

  // ── operations (incl. logistics, supply chain, facilities)
  ['operations', 1, 'operations|operation|betrieb|betriebsleiter|betriebsleiterin|strategy and operations'],
  ['operations', 0.5, 'operational|operativ|operative|operativer|operatives|organisation|organization'],
  ['operations', 0.5, 'prozesse|process|processes|business process|prozessmanagement'],
  ['operations', 1, 'coo|chief operating officer|chief operations officer|logistik|logistics|logistique|logistica'],
  ['operations', 1, 'supply chain|scm|lager|warehouse|lagerleiter|versand|shipping|transport|spedition|fuhrpark'],
  ['operations', 1, 'fleet|facility|facilities|facility management|gebaudemanagement|haustechnik|disposition'],
  ['operations', 1, 'disponent|disponentin|dispatcher|materialwirtschaft|planning|planung|produktionsplanung'],
  // Import and export together name foreign-trade handling (customs, shipping papers); "Export" alone is export sales.
  ['operations', 1.1, 'import export|export import|import and export|import und export|import e export|import et export'],
  ['operations', 1, 'exploitation|operaciones|operazioni|operacoes|bedrijfsvoering|operationeel|ehs|hse|hseq'],
  ['operations', 1, 'arbeitssicherheit|health and safety|occupational safety|umwelt|environmental|sustainability'],
  ['operations', 1, 'nachhaltigkeit|lagerist|lageristin|lagermitarbeiter|kommissionierer|fachkraft fur lagerlogistik'],
  ['operations', 1, 'transportation|logistiek|logistiikka|lieferkette|s op|demand planning|demand planner|supply planning|inventory|bestandsmanagement'],
  ['operations', 1, 'directeur des operations|directeur d exploitation|responsable d exploitation|jefe de operaciones|director de operaciones'],
  ['operations', 0.6, 'immobilien|real estate|immobilier|inmobiliaria|vastgoed|property management|liegenschaften'],
  ['business_development', 0.5, 'strategie|strategy|strategic|strategique|estrategia|strategia|strategisch'],

  // ── manufacturing and non-IT engineering
  ['manufacturing', 1, 'production|produktion|fertigung|manufacturing|fabrication|produccion|produzione|producao'],
  ['manufacturing', 1, 'productie|plant|werk|werksleiter|werksleiterin|factory|fabrik|usine|fabrica|fabbrica|fabriek|assembly|montage'],
  ['manufacturing', 1, 'quality|qualitat|qualitatsmanagement|qualitatssicherung|qualite|calidad|qualita|qualidade'],
  ['manufacturing', 1, 'kwaliteit|qm|qs|qa qc|quality manager|maintenance|instandhaltung|wartung|mantenimiento'],
  ['manufacturing', 1, 'manutenzione|manutencao|onderhoud|mechanical|maschinenbau|mechanik|mechaniker|mechatroniker'],
  ['manufacturing', 1, 'elektriker|electrician|elektrotechnik|electrical|elektronik|electronics|konstrukteur'],
  ['manufacturing', 1, 'konstruktion|design engineer|process engineer|verfahrenstechnik|verfahrensingenieur'],
  ['manufacturing', 1, 'techniker|technikerin|technician|technicien|technicienne|tecnico|tecnica|monteur'],
  ['manufacturing', 1, 'meister|industriemeister|schichtleiter|schichtfuhrer|foreman|operator|maschinenfuhrer'],
  ['manufacturing', 1, 'lean|six sigma|continuous improvement|kvp|industrial engineering|arbeitsvorbereitung'],
  ['manufacturing', 1, 'bauleiter|bauleiterin|construction|bau|civil engineer|bauingenieur|architecture'],
  ['manufacturing', 1, 'hydraulics|hydraulic|hydraulik|pneumatics|pneumatic|pneumatik|fluid power|fluidtechnik'],
  ['manufacturing', 1, 'elektronikentwickler|elektronikentwicklerin|elektronikentwicklung|hardwareentwicklerin'],
  ['manufacturing', 1, 'mechanical engineer|mechanical engineering|structural|structural engineer|civil engineering|chemical engineer'],
  ['manufacturing', 1, 'chemical engineering|process engineering|manufacturing engineer|industrial engineer|plant engineer'],
  ['manufacturing', 1, 'automotive|aerospace|mechatronics|mechatronik|automation engineer|hvac|gebaudetechnik|versorgungstechnik'],
  ['manufacturing', 1, 'tga|elektrotechniker|elektroingenieur|maschinenbauingenieur|entwicklungsingenieur|konstrukteurin'],
  ['manufacturing', 1, 'produktionsingenieur|fertigungsingenieur|verfahrensingenieur|versuchsingenieur|prufingenieur|werkstoff'],
  ['manufacturing', 1, 'validation engineer|reliability engineer|reliability|test bench|prufstand|rd engineer|r d engineer|design engineering'],
  ['manufacturing', 1, 'ingenieur mecanique|ingenieur production|ingenieur qualite|ingenieur methodes|ingenieur process|ingenieur industriel'],
  ['manufacturing', 1, 'ingeniero industrial|ingeniero mecanico|ingeniero de produccion|ingeniero civil|ingegnere meccanico|ingegnere gestionale'],
  ['manufacturing', 1, 'engenheiro mecanico|engenheiro civil|engenheiro de producao|werktuigbouwkundig|werktuigbouw|elektrotechnisch'],
  ['manufacturing', 1, 'kvalitet|kvalitetschef|kvalitetsansvarig|produktionschef|fabrikschef|underhall|konstruktor|tekniker|produktionsleiter'],
  ['manufacturing', 1, 'kwaliteitsmanager|productiemanager|productieleider|bedrijfsleider productie|technicus|monteur|werkvoorbereider'],
  ['manufacturing', 1, 'energy|energie|energia|energietechnik|solar|photovoltaik|wind|oil and gas|mining|bergbau|chemie|chemicals'],
  // Engineering disciplines outside IT (O*NET SOC 17: architecture and engineering occupations).
  ['manufacturing', 1, 'aeronautical|aeronautics|avionics|aviation|luftfahrt|biomedical engineer|biomedical engineering|medizintechnik'],
  ['manufacturing', 1, 'geotechnical|geotechnik|geodetic|surveying|vermessung|nuclear|kerntechnik|petroleum|drilling|reservoir engineer'],
  ['manufacturing', 1, 'metallurgical|metallurgy|metallurgie|materials engineer|materials engineering|materials science|werkstofftechnik'],
  ['manufacturing', 1, 'optical engineer|optics|optik|photonics|optoelectronics|laser|marine engineer|naval|schiffbau|shipbuilding'],
  ['manufacturing', 1, 'rf engineer|radio frequency|hochfrequenz|circuit|circuits|semiconductor|halbleiter|mems|microsystems|turbine'],
  ['manufacturing', 1, 'traffic engineer|verkehrsplanung|rail|railway|bahntechnik|roadway|highway|strassenbau|tiefbau|hochbau'],
  ['manufacturing', 1, 'sanitary engineer|fire protection|brandschutz|safety engineer|power systems|power engineer|power plant|kraftwerk'],
  ['manufacturing', 1, 'cad|cad designer|drafter|draftsman|technischer zeichner|technische zeichnerin|pcb|pcb designer'],
  ['manufacturing', 1, 'mechanical designer|electrical designer|industrial design|industrial designer|produktdesigner|industriedesigner'],
  // Design trades outside marketing: interiors, fashion, landscape.
  ['other', 1, 'interior design|interior designer|interior architect|interior architecture|innenarchitekt|innenarchitektin|fashion design|fashion designer|modedesigner'],
  // Translation and interpreting are language services, not marketing.
  ['other', 1, 'translator|interpreter|ubersetzer|ubersetzerin|dolmetscher|dolmetscherin|traducteur|traductrice|traductor|traductora|traduttore|vertaler'],
  ['other', 1, 'landscape architect|landschaftsarchitekt|landschaftsarchitektin|landscape designer'],
  // Sound and broadcast engineers work in media, not in IT.
  ['other', 1, 'audio engineer|sound engineer|recording engineer|broadcast engineer|mastering engineer|mixing engineer|tontechniker|toningenieur'],
  // Process control and automation of plants (PLC/SPS), as opposed to IT automation (RPA).
  ['manufacturing', 1, 'process control|control systems engineer|controls engineer|steuerungstechnik|regelungstechnik|automatisierungstechnik'],
  ['manufacturing', 1, 'automatisierungstechniker|plc|plc programmer|sps programmierer|sps programmiererin|scada'],

  // ── HR
  ['hr', 1, 'hr|human resources|human resource|human ressources|human relations|personal|personalwesen'],
  ['hr', 1, 'personalabteilung|personalleiter|personalleiterin|personalreferent|personalreferentin|recruiting'],
  ['hr', 1, 'recruiter|recruitment|talent|talent acquisition|people|people and culture|people operations|hrbp'],
  // "IT-Recruiter": the field recruited for does not make the recruiter an IT person.
  ['hr', 1, 'it recruiter|tech recruiter|technical recruiter|it recruiting|it recruitment'],
  ['hr', 1, 'chro|chief human resources officer|chief people officer|cpo people|ressources humaines|rh|drh|rrh'],
  ['hr', 1, 'recursos humanos|risorse umane|recursos humanos|personeel|personeelszaken|p o|hrm|payroll specialist'],
  ['hr', 1, 'learning and development|l d|training manager|personalentwicklung|personalentwickler|weiterbildung'],
  ['hr', 1, 'compensation|benefits|total rewards|employer branding|workforce|betriebsrat|headhunter'],
  ['hr', 1, 'industrial relations|labor relations|labour relations|employee relations|collective bargaining|diversity and inclusion'],
  // Employment law is practised by lawyers ("Fachanwalt für Arbeitsrecht"), not by HR.
  ['legal', 1, 'arbeitsrecht|employment law|labour law|labor law|fachanwalt|fachanwaltin'],
  ['hr', 1, 'personalberater|personalberaterin|personalberatung|personaldienstleistung|staffing|seleccion'],
  ['hr', 1, 'selection|recrutement|recrutamento|reclutamiento|talentmanagement|hr business partner'],

  // ── customer success
  ['customer_success', 1, 'customer success|csm|client success|kundenerfolg|succes client|customer success manager'],
  ['customer_success', 1, 'account care|customer retention|client relationship|relationship manager|onboarding'],
  ['customer_success', 0.8, 'customer relations|customer relationship|kundenbeziehung|kundenmanagement|client services'],
  ['customer_success', 0.8, 'client service|kundenbindung|after sales|aftersales'],

  // ── customer support and service
  ['customer_support', 1, 'support|helpdesk|help desk|service desk|servicedesk|1st level|2nd level|first level'],
  ['customer_support', 1, 'it support|edv support|it helpdesk|it service desk|it supporter|1st level support'],
  ['customer_support', 1, 'second level|kundenservice|kundendienst|customer service|customer support|technical support'],
  ['customer_support', 1, 'service client|service clients|atencion al cliente|servicio al cliente|assistenza clienti'],
  ['customer_support', 1, 'servico ao cliente|atendimento|klantenservice|call center|callcenter|contact center'],
  ['customer_support', 1, 'hotline|kundenbetreuung service|supporter|troubleshooting|field service|service engineer'],
  ['customer_support', 1, 'kundendienstleiter'],
  // A service centre or a field-service trade names the job even beside a sales word ("Kundenberaterin im
  // Servicecenter", "Servicetechniker im Außendienst").
  ['customer_support', 1.1, 'servicecenter|service center|callcenter|call center|contact center|servicetechniker|servicetechnikerin'],
  ['customer_support', 1.1, 'service technician|field service technician|field service engineer|kundendiensttechniker|servicemonteur|servicemonteurin'],
  ['customer_support', 0.7, 'servicemanager|service manager|serviceleiter|service center'],
  ['customer_support', 0.3, 'service|services'],

  // ── procurement
  ['procurement', 1, 'procurement|purchasing|purchase|purchaser|buyer|einkauf|einkaufer|einkauferin|beschaffung'],
  ['procurement', 1, 'einkaufsleiter|einkaufsleiterin|einkaufsleitung|strategischer einkauf|sourcing|vendor management'],
  ['procurement', 1, 'supplier|lieferanten|lieferantenmanagement|achats|achat|acheteur|acheteuse|approvisionnement'],
  ['procurement', 1, 'compras|comprador|compradora|aprovisionamiento|acquisti|buyer|responsabile acquisti|inkoop'],
  ['procurement', 1, 'inkoper|inkoopster|aankoop|aankoper|compras|cpo procurement|chief procurement officer'],
  ['procurement', 1, 'category manager|category management|commodity manager|warengruppenmanager|disponent einkauf'],

  // ── business development
  ['business_development', 1, 'business development|business developer|geschaftsentwicklung|geschaftsentwickler'],
  ['business_development', 1, 'bdr|bdm|biz dev|bizdev|new business|neugeschaft|neukunden|neukundengewinnung'],
  ['business_development', 1, 'developpement commercial|business developpement|desarrollo de negocio|desarrollo de negocios'],
  ['business_development', 1, 'developpement d activite|developpement de l activite|developpement des activites|developpement de activite'],
  ['business_development', 1, 'sviluppo commerciale|sviluppo business|desenvolvimento de negocios|bedrijfsontwikkeling'],
  ['business_development', 1, 'partnerships|partnership|partner management|partner manager|alliances|alliance'],
  ['business_development', 1, 'allianzen|corporate development|unternehmensentwicklung|m a|mergers|expansion'],
  ['business_development', 1, 'market development|marktentwicklung|growth manager|business developement'],
  ['business_development', 0.4, 'business|businessman|businesswoman|geschaft|affaires|negocio|negocios|zaken'],

  // ── consulting
  ['consulting', 1, 'consultant|consultants|consulting|berater|beraterin|beratung|unternehmensberater'],
  ['consulting', 1, 'unternehmensberaterin|unternehmensberatung|conseil|consultante|consultor|consultora|consulente'],
  ['consulting', 1, 'consultoria|consultancy|advisory|beratender|berät|senior consultant'],
  ['consulting', 1, 'management consultant|managementberater|strategieberater|consigliere consulente|interim manager|interimsmanager'],
  // An adviser with a named domain ("Customer Service Advisor", "Conseiller clientèle") works in that domain.
  ['consulting', 0.8, 'advisor|adviser|adviseur|conseiller|conseillere|asesor|asesora'],
  // Counsellors (guidance, therapy, addiction, careers) advise people, not businesses.
  ['other', 0.8, 'counsellor|counselor|counselling|counseling'],

  // ── project management
  ['project_management', 1, 'project manager|project management|projektmanager|projektmanagerin|projektmanagement'],
  ['project_management', 1, 'projektleiter|projektleiterin|projektleitung|project lead|project leader|pmo|pm'],
  ['project_management', 1, 'program manager|programme manager|programmmanager|program management|projekt|project'],
  ['project_management', 1, 'projects|projekte|chef de projet|cheffe de projet|chef de projets|gestionnaire de projet'],
  ['project_management', 1, 'jefe de proyecto|jefa de proyecto|director de proyecto|gestor de proyectos|proyectos'],
  ['project_management', 1, 'project manager|projectmanager|projectleider|capo progetto|responsabile di progetto'],
  ['project_management', 1, 'gerente de projeto|gestor de projetos|projetos|progetti|progetto|proyecto|projet|projets'],
  ['project_management', 1, 'projektkoordinator|projektkoordinatorin|project coordinator|projektassistenz|pmp'],
  ['project_management', 1, 'project engineer|projektingenieur|projektingenieurin|ingenieur projet|projectingenieur'],

  // ── administrative
  ['administrative', 1, 'assistant|assistent|assistentin|assistenz|assistante|asistente|assistente|assistent'],
  ['administrative', 1, 'secretary|sekretar|sekretarin|sekretariat|secretaire|secretaria|segretaria|secretaresse'],
  ['administrative', 1, 'office manager|office management|office|buro|burokauffrau|burokaufmann|backoffice'],
  // The Praxismanagerin runs the office of a medical or dental practice.
  ['administrative', 1, 'praxismanager|praxismanagerin|praxismanagement'],
  ['administrative', 1, 'back office|verwaltung|administration|administrativ|administrative|administratif'],
  ['administrative', 1, 'administrativo|administrativa|amministrazione|amministrativo|amministrativa|administracao|administratie|empfang'],
  ['administrative', 1, 'reception|receptionist|rezeption|front desk|sachbearbeiter|sachbearbeiterin|clerk'],
  ['administrative', 1, 'executive assistant|personal assistant|pa|team assistant|teamassistenz|teamassistentin'],
  ['administrative', 1, 'kaufmannische angestellte|kaufmannischer angestellter|industriekaufmann|industriekauffrau'],
  ['administrative', 1, 'kauffrau|kaufmann|stabsstelle|referent der geschaftsfuhrung|referentin der geschaftsfuhrung'],
  ['administrative', 1, 'dokumentation|documentation|data entry|auxiliar administrativo|officemanager'],
  ['executive', 0.5, 'chief of staff|conseil d administration|board member|supervisory board|advisory board'],

  // ── research and science
  ['research', 1, 'research|researcher|forscher|forscherin|forschung|recherche|chercheur|chercheuse|investigador'],
  ['research', 1, 'investigadora|investigacion|ricerca|ricercatore|ricercatrice|pesquisa|pesquisador|onderzoek'],
  ['research', 1, 'onderzoeker|scientist|wissenschaftler|wissenschaftlerin|scientifique|cientifico|scientist'],
  ['research', 1, 'laboratory|labor|laboratoire|laboratorio|lab|chemist|chemiker|chemikerin|biologist|biologe'],
  ['research', 1, 'physicist|physiker|postdoc|doktorand|doktorandin|phd student|phd candidate|wissenschaftlicher'],
  ['research', 0.3, 'phd'],

  // ── education
  ['education', 1, 'teacher|lehrer|lehrerin|professor|professorin|lecturer|dozent|dozentin|enseignant|enseignante'],
  ['education', 1, 'professeur|profesor|profesora|docente|insegnante|professore|professora|leraar|lerares|docent'],
  ['education', 1, 'school|schule|schulleiter|schulleiterin|university|universitat|universite|universidad'],
  ['education', 1, 'universita|universidade|universiteit|trainer|trainerin|tutor|coach'],
  ['education', 1, 'education|bildung|erzieher|erzieherin|padagoge|padagogin|academic|akademie|academy|kindergarten'],
  ['education', 1, 'teaching|teaching assistant|lehrkraft|studienrat|studienratin|oberstudienrat|rektor|rektorin|larare|lektor'],
  ['education', 1, 'maestro|maestra|onderwijs|enseignement|ensenanza|insegnamento|ensino|sozialpadagoge|sozialpadagogin|schulsozialarbeiter'],

  // ── healthcare
  ['healthcare', 1, 'physician|doctor|arzt|arztin|oberarzt|oberarztin|chefarzt|chefarztin|medecin|medico|medica'],
  // Medical specialists; the British "Consultant Cardiologist" is a senior hospital doctor, not a consultant.
  ['healthcare', 1.1, 'cardiologist|radiologist|anaesthetist|anesthetist|anesthesiologist|surgeon|psychiatrist|paediatrician|pediatrician'],
  ['healthcare', 1.1, 'oncologist|neurologist|dermatologist|gynaecologist|gynecologist|urologist|obstetrician|haematologist|hematologist'],
  ['healthcare', 1.1, 'consultant physician|consultant surgeon|kardiologe|kardiologin|radiologe|radiologin|anasthesist|anasthesistin'],
  ['healthcare', 1.1, 'chirurg|chirurgin|psychiater|psychiaterin|kinderarzt|kinderarztin|neurologe|neurologin|onkologe|onkologin'],
  ['healthcare', 1, 'arts|nurse|krankenschwester|pfleger|pflegerin|pflege|pflegekraft|infirmier|infirmiere'],
  ['healthcare', 1, 'enfermero|enfermera|infermiere|infermiera|enfermeiro|enfermeira|verpleegkundige|pharmacist'],
  ['healthcare', 1, 'apotheker|apothekerin|pharmacien|farmaceutico|therapist|therapeut|therapeutin|physiotherapeut'],
  ['healthcare', 1, 'psychologist|psychologe|psychologin|dentist|zahnarzt|zahnarztin|hospital|krankenhaus|klinik'],
  ['healthcare', 1, 'clinic|clinical|klinisch|medical|medizin|medizinisch|healthcare|gesundheit|patient|patienten'],
  ['healthcare', 1, 'dental|dentistry|zahnmedizin|nursing|surgical|anesthesia|anaesthesia|therapy|therapie|optometric|orthodontic'],
  ['healthcare', 1, 'optician|optiker|optikerin|augenoptiker|augenoptikerin|horakustiker|horakustikerin'],
  ['healthcare', 1, 'veterinarian|tierarzt|tierarztin|hebamme|midwife|rettungssanitater|paramedic|caregiver'],
  ['healthcare', 1, 'medical advisor|medical affairs|medical science liaison|msl|medical manager|clinical research associate'],
  ['healthcare', 1, 'assistenzarzt|assistenzarztin|facharzt|facharztin|arzthelferin|medizinische fachangestellte|zahnmedizinische'],
  ['healthcare', 1, 'lakare|sjukskoterska|tandlakare|sygeplejerske|laege|huisarts|verpleger|medico chirurgo|dentista|odontologo'],
  ['healthcare', 1, 'pharmacy|pharmazie|pharmazeut|pharmazeutin|pharmacien|farmacia|farmacista|pflegedienstleitung|altenpfleger'],

  // ── Further multilingual vocabulary (general knowledge of EN/DE/FR/ES/NL/IT/PT titles).
  // Marketing: events and trade fairs, marketing communication, campaigns, media planning, brand, video/photo.
  // Events, fairs and conferences are marketing, but a sales or project word in the same title outranks them.
  ['marketing', 0.8, 'eventmanager|eventmanagement|event manager|event management|eventplanner|event planner'],
  ['marketing', 0.8, 'conference|conferences|exhibition|exhibitions|exhibit|exhibits|tradeshow|tradeshows|trade shows|fairs'],
  ['marketing', 0.8, 'evenementen|evenementenorganisatie|eventi|eventos|evenementiel|feria|ferias|fiera|fiere|beurs|beurzen'],
  ['marketing', 1, 'eventmarketing|messemarketing|event marketing'],
  ['marketing', 1, 'marcom|marcomm|marketing communication|marketing communications|leadgeneration|leadgen|lead gen'],
  ['marketing', 1, 'campaign manager|kampagnenmanager|kampagne|kampagnen|mediaplaner|mediaplanung|media planner|media planning'],
  ['marketing', 1, 'media buyer|media buying|mediaeinkauf|mediaagentur|werbeagentur|brand manager|markenmanager'],
  ['marketing', 1, 'video|videograf|videographer|video producer|filmemacher|motion designer|photographer|fotograf|fotografin'],
  ['marketing', 1, 'communicatie|communicatieadviseur|communicatiemedewerker|comunicacao|comunicaciones|comunicazioni'],
  ['marketing', 1, 'webmarketing|marketing digital|marketing operationnel|mercadotecnia|publicidad|propaganda|pubblicita'],
  ['marketing', 0.8, 'sponsoring|sponsorship|crossmedia|multimedia|storytelling|visual merchandising|merchandising'],
  ['marketing', 0.6, 'community'],
  ['marketing', 1, 'affiliate manager|affiliate marketing|affiliate managerin|corporate design'],
  ['marketing', 0.7, 'verlag|verlagsleiter|verlagsleitung|publishing|publisher|editorial|redaktion|redaktionsleiter'],

  // Sales: export, pricing, dealers and wholesale, client/customer managers, offers and orders, ad sales.
  ['sales', 1, 'export|exports|exportacion|exportacao|esportazione|exportation|export manager|export sales|grands comptes'],
  ['sales', 1, 'telesales|telefonverkauf|televerkauf|teleselling|outbound|door to door|tur zu tur'],
  ['sales', 1, 'wholesale|grosshandel|einzelhandel|detailhandel|groothandel|mayorista|ingrosso|atacado|dealer manager'],
  ['sales', 1, 'client manager|client executive|client director|client relations|client relationship manager|client development'],
  ['sales', 1, 'customer manager|kundenmanager|customer relationship manager|customer acquisition|neukundenakquise'],
  ['sales', 1, 'vertreter|vertreterin|vertegenwoordiger|vertegenwoordigster|representante|rappresentante|representante comercial'],
  ['sales', 1, 'delegue commercial|deleguee commerciale|conseiller de vente|conseillere de vente|conseiller commercial'],
  ['sales', 1, 'conseillere commerciale|animateur commercial|animatrice commerciale|administration des ventes'],
  ['sales', 1, 'asesor comercial|asesora comercial|agente comercial|director de ventas|jefe de ventas|gerente de ventas'],
  ['sales', 1, 'addetto alle vendite|addetta alle vendite|consulente commerciale|direttore vendite|responsabile vendite'],
  ['sales', 1, 'verkoopadviseur|verkoopleider|binnendienst|buitendienst|accountmanager buitendienst|verkoopmedewerker'],
  ['sales', 0.8, 'pricing|preismanagement|preisgestaltung|tarification|precios|prezzi|angebotsmanagement|offer management'],
  ['sales', 0.8, 'acquisition|acquisitions|acquisitie|adquisicion|order manager|order management|ordermanagement|auftrag|auftrage'],

  // IT: systems integration, databases, requirements, Dutch "beheerder", Romance networks/systems, telecoms
  // ("Telekommunikation" is no marketing "Kommunikation").
  ['it', 1, 'telekommunikation|telecommunication|telecommunications|telecom|telecoms|telco|telekom|telecomunicaciones'],
  ['it', 1, 'telecomunicazioni|telecomunicacoes|telecommunicatie|datenkommunikation|mobilkommunikation|kommunikationstechnik'],
  ['it', 1, 'systemintegrator|system integrator|database administrator|datenbankadministrator|requirements engineer'],
  ['it', 1, 'requirements engineering|requirements management|anforderungsmanagement|anforderungsmanager|itsm|itil'],
  ['it', 1, 'beheerder|applicatiebeheer|functioneel beheerder|technisch beheerder|systeembeheerder|netwerkbeheerder|ict beheer'],
  ['it', 1, 'reseau|reseaux|redes|reti|sistema|sistemi|sistemista|programmatore|programmatrice|informaticien|informaticienne'],
  ['it', 1, 'digital workplace|workplace services|end user services|it services|it service|it infrastructure|it operations'],

  // Consulting, project and programme management.
  ['consulting', 0.8, 'engagement manager|engagement director|consultancy manager'],
  ['project_management', 1, 'program director|programme director|programmdirektor|programmleiter|programmleitung|programmmanager'],
  ['project_management', 1, 'programm manager|programm managerin|programm management|programmmanagerin|programmmanagement'],
  ['project_management', 1, 'projektreferent|projektreferentin|projektplaner|projektplanerin|projektmitarbeiter|projektmitarbeiterin'],
  ['project_management', 1, 'projectcoordinator|projectmedewerker|projectondersteuner|coordinatore di progetto|coordinador de proyectos'],
  ['project_management', 0.8, 'projektabwicklung|projektierung|project delivery|delivery manager|directeur de projet|directrice de projet'],

  // Administration and office.
  ['administrative', 1, 'burokraft|buroangestellte|buroangestellter|buromitarbeiterin|buromitarbeiter|telefonist|telefonistin'],
  ['administrative', 1, 'rezeptionist|rezeptionistin|empfangsdame|empfangsmitarbeiterin|front office|office assistant'],
  ['administrative', 1, 'administratief|administratief medewerker|administratieve|secretariaat|directiesecretaresse|office manager'],
  ['administrative', 1, 'assistente amministrativa|impiegata amministrativa|impiegato amministrativo|auxiliar administrativo'],
  ['administrative', 1, 'secretaria de direccion|secretaire de direction|assistante de direction|assistant de direction'],

  // Customer service and support (French SAV = service après-vente).
  ['customer_support', 1, 'sav|service apres vente|apres vente|customer care|customer care agent|customer service agent'],
  ['customer_support', 1, 'conseiller clientele|conseillere clientele|relation client|relations clients|service clientele'],
  ['customer_support', 1, 'servicio tecnico|servicio al cliente|atencion al cliente|servizio clienti|assistenza tecnica'],
  ['customer_support', 1, 'assistencia tecnica|suporte|soporte|soporte tecnico|suporte tecnico|klantadviseur|klantcontact'],
  ['customer_support', 1, 'servicemitarbeiter|servicemitarbeiterin|serviceberater|serviceberaterin|servicecenter|service center'],
  ['customer_support', 1, 'service technician|service techniker|kundendiensttechniker|reklamation|reklamationen|complaints'],

  // HR: payroll, apprenticeship training, staffing.
  ['hr', 1, 'payroll|lohnbuchhaltung|lohnbuchhalter|lohnbuchhalterin|gehaltsabrechnung|entgeltabrechnung|entgeltabrechner'],
  ['hr', 1, 'lohn und gehalt|paie|gestionnaire paie|nominas|nomina|buste paga|salarisadministratie|folha de pagamento'],
  ['hr', 1, 'personaler|personalerin|personalchef|personalchefin|personaldisponent|personaldisponentin|personalsachbearbeiter'],
  ['hr', 1, 'ausbilder|ausbilderin|ausbildungsleiter|ausbildungsleiterin|ausbildungsbeauftragter|ausbildungsbeauftragte'],
  ['hr', 1, 'reclutamiento|reclutador|reclutadora|recrutador|recrutadora|recrutement|recruteur|recruteuse|selezione'],
  ['hr', 1, 'seleccion de personal|selezione del personale|risorse umane|recursos humanos|personeelszaken|hr adviseur'],

  // Purchasing.
  ['procurement', 1, 'vendor manager|supplier manager|lieferantenmanager|commodity buyer|category buyer|einkaufssachbearbeiter'],
  ['procurement', 1, 'approvisionneur|approvisionneuse|aprovisionamiento|compras|responsable de compras|ufficio acquisti'],

  // Romance and Dutch general management and partners.
  ['executive', 0.5, 'associe|associee|associe gerant|associee gerante|cogerant|cogerante|co gerant|amministratore unico'],
  ['executive', 0.5, 'socio gerente|socia gerente|socio diretor|socio director|directeur eigenaar|mede eigenaar|medeeigenaar'],
  ['sales', 1, 'chef de secteur|cheffe de secteur|chef des ventes|cheffe des ventes|chef de rayon|chef de zone'],
  ['administrative', 1, 'recepcionista|receptionniste|receptioniste|hotesse d accueil|accueil|centralinista'],
  ['hr', 1, 'p o adviseur|personeelsadviseur|hr adviseur|hr adviseuse'],
  ['engineering', 1, 'ingenieur d etudes|ingenieure d etudes|ingenieur etudes et developpement|ingenieur etudes'],

  // Regional and store managers mostly run a sales territory or outlet: a hint that a named function outranks.
  ['sales', 0.6, 'regional manager|region manager|regional director|regionaldirektor|regionaldirektorin|area director'],
  ['sales', 0.6, 'filialleiter|filialleiterin|filialleitung|marktleiter|marktleiterin|shopleiter|shopleiterin|store manager'],
  ['sales', 0.6, 'shop manager|storemanager|handler manager'],
  ['marketing', 0.8, 'promotion|promotions|promoter|promoterin|verkaufsforderung|trade marketing'],
  ['operations', 1, 'csr|corporate social responsibility|esg|nachhaltigkeitsmanagement|umweltmanagement'],
  ['executive', 0.5, 'geschaftsleiter|geschaftsleiterin'],

  // Pharma and medical-device field sales ("Pharmareferent" is a sales representative, no junior "Referent").
  ['sales', 1, 'pharmareferent|pharmareferentin|klinikreferent|klinikreferentin|arzneimittelreferent|medizinprodukteberater'],
  ['sales', 1, 'medizinprodukteberaterin|pharmaberater|pharmaberaterin|visiteur medical|visiteuse medicale|informatore scientifico'],
  // Organisational development is HR work, not software development.
  ['hr', 1, 'organisationsentwickler|organisationsentwicklerin|organisationsentwicklung|organizational development'],
  ['hr', 1, 'organisational development|organisationsberater|organisationsberaterin'],
  ['other', 0.1, 'staatssekretar|staatssekretarin'],

  // Customer-facing advisers and shop-floor retail staff.
  ['sales', 1, 'client advisor|client adviser|sales associate|shop assistant|store assistant|store associate|retail associate'],
  ['sales', 1, 'verkaufshilfe|verkaufsmitarbeiter|verkaufsmitarbeiterin|einzelhandelskaufmann|einzelhandelskauffrau'],
  ['sales', 0.6, 'cashier|kassierer|kassiererin|caissier|caissiere|cajero|cajera|cassiere|cassiera'],
  ['customer_support', 1, 'customer advisor|customer adviser|customer service advisor|customer service adviser'],
  // Learning and development, employee experience: HR.
  ['hr', 1, 'training coordinator|training specialist|learning specialist|learning manager|learning partner'],
  ['hr', 1, 'schulungskoordinator|schulungskoordinatorin|weiterbildungsmanager|employee experience|employee relations'],
  ['hr', 1, 'employee engagement|people experience|people development|talent development|talent management'],
  // Physical security and facilities are operations, not information security.
  ['operations', 1, 'security guard|security agent|wachmann|objektschutz|werkschutz|sicherheitsdienst|agent de securite'],
  ['operations', 1, 'physical security|corporate security|unternehmenssicherheit|konzernsicherheit|loss prevention|asset protection'],
  ['operations', 1, 'distribution center|distribution centre|distributionszentrum|verteilzentrum|logistikzentrum'],
  ['manufacturing', 1, 'product safety|produktsicherheit|product compliance'],
  // Quality assurance outside software (the audit firms' "Assurance" alone is finance).
  ['manufacturing', 1, 'quality assurance|quality assurance manager|qualitatssicherer|qualitatssicherin'],
  // "Development Engineer" is the English of Entwicklungsingenieur (hardware and product R&D); software
  // development engineers say so ("Software Development Engineer") and stay engineering.
  ['manufacturing', 1, 'development engineer|calibration engineer|homologation|homologation engineer'],
  // Electronics design (FPGA, ASIC, VHDL) and mechanical simulation (CAE, FEM, CFD) are engineering outside IT.
  ['manufacturing', 1, 'hardware developer|hardware designer|fpga|asic|vhdl|verilog|cae|fem|fea|cfd|finite element|simulation engineer'],
  ['operations', 1, 'real estate development|property development|immobilienentwicklung|immobilienprojektentwicklung'],
  ['operations', 1, 'vigilante de seguridad|guardia giurata|beveiliger|workplace|workplace manager|facility coordinator'],
  // Software release and test management.
  ['engineering', 1, 'release manager|release management|test manager|testmanager|testmanagerin|test management'],
  ['marketing', 0.8, 'merchandiser|visual merchandiser|government relations|government affairs|political affairs|lobbying'],

  // Deputy and academic ranks that are no function of their own ("Assistant Manager" is no administrative job).
  ['other', 0.1, 'assistant manager|assistant director|assistant vice president|assistant general manager'],
  // Student and graduate assistants work at universities; German technical assistants (CTA, BTA) in laboratories.
  ['other', 1, 'student assistant|graduate assistant|student worker|student employee|studentische hilfskraft'],
  ['research', 1, 'technische assistentin|technischer assistent|biologielaborant|bta|cta'],
  ['healthcare', 1, 'mta|mtra|mtla|pta|medizinisch technische assistentin|pharmazeutisch technische assistentin'],
  ['sales', 1, 'assistant store manager|assistant shop manager|assistant branch manager'],
  ['education', 1, 'assistant professor|associate professor|assistenzprofessor|juniorprofessor|juniorprofessorin'],

  // Logistics and shipping are operations.
  ['operations', 1, 'spedition|speditionskaufmann|speditionskauffrau|zoll|customs|douane|aduana|expedition|versandleiter'],

  // ── Further general vocabulary: telecoms and IT operations, master data, member and customer centres, training,
  // construction and technical disciplines, medical specialties (general knowledge of EN/DE/FR/ES/NL/IT/PT titles).
  // IT: "ITK"/"IuK"/"IKT" (IT and telecommunications), fixed and mobile networks, hosting, collaboration platforms,
  // management information systems, device management, software licence management.
  ['it', 1, 'itk|iuk|ikt|webhosting|managed hosting|hosting services|cloud hosting|sharepoint|enterprise content management'],
  ['it', 0.8, 'festnetz|mobilfunk'],
  ['it', 0.7, 'ecm|iot|internet of things'],
  ['it', 1, 'management information systems|mis manager|mis director|head of mis|mobile device management'],
  ['it', 1, 'lizenzmanagement|license management|licence management|software asset management|it asset management'],
  ['it', 0.7, 'deployment|migration|datenmigration|data migration|rollout'],
  // "Dev Ops" written apart (expanded from the abbreviations) is DevOps.
  ['engineering', 1, 'development operations|dev ops'],
  // Data: master data and data quality, customer analytics.
  ['data', 1, 'stammdaten|stammdatenmanagement|master data|master data management|mdm|data quality|datenqualitat|data governance'],
  // Sales: specialist trade, insurance general agencies, building-industry specifiers (French "prescripteur"), order
  // desks, advertising yield.
  ['sales', 1, 'fachhandel|generalagent|generalagentur|hauptagentur|prescripteur|prescriptrice|responsable prescription'],
  ['sales', 0.8, 'order processing|order desk|auftragsbearbeitung|auftragsannahme|yield management|yield manager|ad management|ad operations|adops'],
  // Customer service: customer and member service centres, complaint management.
  ['customer_support', 1, 'kundencenter|kunden center|kundenkontakt|kundenkontaktmanagement|mitgliederservice'],
  ['customer_support', 1, 'mitgliederbetreuung|member services|member service|beschwerdemanagement|complaint management'],
  ['customer_support', 1, 'reklamationsmanagement|eservice|kundenservicecenter'],
  ['administrative', 1, 'frontdesk|front office manager'],
  // HR: executive search, resourcing, placement, training (a hint that a named subject of the training outranks).
  ['hr', 1, 'executive search|resourcing|personalvermittlung|personalvermittler|arbeitsvermittlung|headhunting'],
  ['hr', 0.7, 'training|trainings|schulung|schulungen|formation|formacion|formazione|formacao|opleiding|opleidingen'],
  // Marketing: search-engine (SEO/SEA) teams, address and customer-value management, media relations, design.
  ['marketing', 1, 'paid search|search engine|search engine marketing|search marketing|search manager|search specialist|head of search'],
  ['marketing', 1, 'suchmaschinenmarketing|suchmaschinenoptimierung|adressmanagement|customer value management|cvm'],
  ['marketing', 1, 'media relations|medienarbeit|corporate relations|mediengestaltung|conversion optimization'],
  // Finance: grants and subsidies, corporate performance steering, trading, IPOs.
  ['finance', 1, 'fordermittel|foerdermittel|fordermittelmanagement|unternehmenssteuerung|konzernsteuerung|ipo'],
  ['finance', 0.8, 'trader|trading|energiehandel|stromhandel|commodities'],
  // Construction and technical disciplines outside IT (Bauleitung, Tunnelbau, Prozesstechnik) are engineering
  // outside IT; medical specialties are healthcare.
  ['manufacturing', 1, 'bauleitung|oberbauleiter|oberbauleitung|tiefbau|hochbau|tunnelbau|stahlbau|anlagenbau|werkzeugbau'],
  ['manufacturing', 1, 'fahrzeugbau|schiffbau|metallbau|strassenbau|gleisbau|rohrleitungsbau|ingenieurbau|retrofit'],
  ['manufacturing', 1, 'prozesstechnik|fertigungstechnik|antriebstechnik|messtechnik|regelungstechnik|steuerungstechnik'],
  ['manufacturing', 1, 'lasertechnik|kaltetechnik|klimatechnik|umwelttechnik|anwendungstechnik|oberflachentechnik'],
  ['manufacturing', 1, 'schweisstechnik|kunststofftechnik|beschichtung|beschichtungen|tooling|werkzeugtechnik'],
  ['operations', 1, 'facilitymanagement|facilitymanager|facility manager|objektleitung|objektleiter|objektmanager'],
  ['operations', 1, 'hausverwaltung|gebaudeservice|gebaudedienste|property manager'],
  // Investor relations mostly reports to the CFO: finance. "Commercial" before a finance or legal noun names the
  // commercial side of that function, not selling.
  ['finance', 1, 'investor relations|ir manager|head of ir|commercial finance|commercial controller|commercial controlling'],
  ['legal', 1, 'commercial law|commercial lawyer|commercial counsel|commercial litigation|commercial contracts'],
  ['finance', 1, 'commercialista|dottore commercialista|revisore contabile|revisor de cuentas|revisor oficial de contas'],
  // French/Italian/Dutch "industriel" (directeur industriel: head of production sites) and warehouses.
  ['manufacturing', 0.6, 'industriel|industrielle|industriale|industrieel|industriele'],
  ['operations', 1, 'almacen|magazzino|magazziniere|armazem|magazijn|magazijnmedewerker|entrepot|magasinier|magasiniere'],
  // Romance-language sales, tele-service and design titles: the French "ingénieur d'affaires" (technical sales),
  // "chargé de clientèle" (client account manager), "négociateur" (estate agent), Spanish and
  // Portuguese account managers, telephone sales and service, graphic designers, Spanish "RRHH" (human resources).
  ['sales', 1, 'ingenieur d affaires|ingenieure d affaires|ingenieur technico commercial|charge de clientele|chargee de clientele'],
  ['sales', 1, 'televendeur|televendeuse|televenta|televentas|televendite|televendas|negociateur|negociatrice'],
  ['sales', 1, 'gerente de cuentas|gestor de cuentas|responsable de cuentas|grandes cuentas|cuentas clave|gerente de contas|gestor de contas'],
  ['customer_support', 1, 'teleconseiller|teleconseillere|teleoperador|teleoperadora|teleoperatore|teleoperatrice|teleoperator'],
  ['marketing', 1, 'graphiste|marketeur|marketeuse|webmarketeur|webmarketeuse|disenador grafico|disenadora grafica|grafisch ontwerper'],
  ['hr', 1, 'rrhh|rr hh|salarisadministrateur|salarisadministrateuse|personeelsadministratie'],
  ['administrative', 0.5, 'impiegata|impiegato|empleado administrativo|empleada administrativa'],
  // "Development" after a commercial object develops a business, not software: channel, partner, customer,
  // category, territory, account or venture development is business development; leadership development is HR.
  ['business_development', 1, 'channel development|partner development|customer development|category development|partner success'],
  ['business_development', 1, 'territory development|account development|venture development|portfolio development'],
  ['business_development', 1, 'international development|dealer development|franchise development'],
  ['hr', 1, 'leadership development|executive development|management development|fuhrungskrafteentwicklung'],
  ['operations', 0.8, 'process development|process improvement|business process improvement'],
  // Professional services deliver implementation and advice (consulting); French "services généraux" are facilities.
  ['consulting', 0.8, 'professional services|professional service'],
  ['operations', 1, 'services generaux|servicios generales|servizi generali|servicos gerais|general services'],
  ['customer_support', 1, 'customer services|kundenservices'],
];

/**
 * German/Dutch compound stems: a longer token CONTAINING one of these (Vertriebsleiter, Direktvertrieb,
 * Einkaufsleiterin, Personalreferent, Marketingleiter) gets the function; "^" = only at the start of the token
 * ("Eventmanager", not "Prevention"). The leftmost stem names the domain (Vertriebsassistentin: sales).
 * [function, stems, weight (default 1)]; stems are ≥ 4 letters.
 */
export const FUNCTION_STEMS: ReadonlyArray<readonly [TitleFunction, string, number?]> = [
  ['business_development', 'geschaftsentwickl|geschaftsfeldentwickl|neukunden|neugeschaft|partnerschaft|bedrijfsontwikkel'],
  ['engineering', 'softwareentwickl|softwarearchitekt|anwendungsentwickl|programmier|softwaretest|webentwickl|appentwickl|frontendentwickl|backendentwickl'],
  ['product', 'produktmanag|produktentwickl|productmanag|produktverantwort|produktowner|produktmarketing'],
  // Any other "Projekt…" compound (Projektdirektor, Projektgeschäft) when no stem above names a domain.
  ['project_management', 'projekt|projet', 0.8],
  ['project_management', 'projektleit|projektmanag|projektkoordin|projectleid|projectmanag|projektassist|projektsteuer|projektorganis|projectco|projectassist|programmleit|programmmanag'],
  ['sales', 'einzelhandel|aussenhandel|grosshandel|vertrieb|verkauf|kundenbetreu|kundenberat|verkoop|vendit|akquisit|sales|aussendienst|innendienst|export|anzeigen|mediaberat|handler|angebots|immobilienberat|bankberat|versicherungsberat|kundenmanag|grosskunden|keyaccount'],
  ['marketing', 'offentlichkeit|mediendesign|marketing|kommunikation|werbe|presse|communicatie|redakt|veranstalt|messe|kampagne|mediaplan|^marken|marcom|leadgen'],
  // Events and conferences: outranked by a sales or project word, as the phrases above.
  ['marketing', '^event|konferenz|kongress', 0.8],
  ['procurement', 'einkauf|beschaffung|inkoop|lieferant'],
  ['hr', 'personalab|personalleit|personalref|personalent|personalmanag|personalberat|personalwes|personalsach|personaldispo|personalchef|personalassist|personalkoord|personalplan|personaladmin|personaldirekt|recruit|personeel|ausbildungsleit|ausbildungsbeauf|ausbildungsverantw|entgelt|lohnbuchhalt|gehaltsbuchhalt|gehaltsabrechn|reclut|recrut|rekrut'],
  ['finance', 'finanz|buchhalt|controll|steuerber|steuerfach|steuerrecht|steuerabt|steuerleit|steuerref|steuerwes|steuerprue|steuerpruf|rechnungswes|treasur|bilanz|kredit|boekhoud|financ|versicher|redovis|ekonomi'],
  ['legal', 'rechtsanw|justizi|juristi|datenschutz|vertragsrecht|compliance'],
  ['it', 'telekommunikat|telecommunicat|telekom|telecom|datenkommunikat|mobilkommunikat|kommunikationstechn|informati|netzwerk|systemadmin|systembetreu|edvleit|itleit|itadmin|itsicher|digitalisier|applikation|applicatie|systeembeheer|netwerkbeheer|systemintegrat|anforderungsmanag'],
  ['security', 'sicherheitsbeauf|securit|cyber'],
  ['operations', 'logisti|lagerleit|versandleit|betriebsleit|fuhrpark|disponent|materialwirt|spedition'],
  ['manufacturing', 'produktion|fertigung|qualitat|instandhalt|konstrukt|werkleit|werksleit|schichtleit|montage|mechanik|maschinenbau'],
  ['customer_support', 'kundendienst|kundenservice|support|servicetechn|servicemont|servicemitarb|serviceberat|servicecent|servicedesk|serviceleit|klantenserv|klantadvis|klantcontact'],
  ['administrative', 'sekretar|secretar|assistenz|assistent|sachbearbeit|verwaltung|^buro|empfang|rezeption|telefonist'],
  ['research', 'forschung|forscher|wissenschaft|labor'],
  // R&D department compounds (Entwicklungsleiter, Laserentwicklung as a head noun below): a hint.
  ['research', '^entwicklungs', 0.6],
  // Strategy compounds (Strategieentwicklung, Strategieberatung is caught by "berat" elsewhere): a hint, as "strategy".
  ['business_development', '^strategie', 0.5],
  ['data', 'stammdat|datenqualit|analytik|datenanaly'],
  ['customer_support', 'kundenkontakt|kundencent|mitgliederserv|mitgliederbetreu|beschwerdemanag|reklamationsmanag'],
  ['hr', 'personalvermitt|arbeitsvermitt|schulungsleit|schulungsmanag|trainingsleit|trainingsmanag'],
  ['manufacturing', 'bauleit'],
  ['operations', '^facility|objektleit|objektmanag'],
  ['finance', 'fordermittel|foerdermittel'],
  ['sales', 'fachhandel|generalagent'],
  ['healthcare', 'endoskop|radiolog|chirurg|kardiolog|onkolog|neurolog|psychiatr|anasthes|orthopad|gynakolog|padiatr|dermatolog|notfallmedizin'],
  ['education', 'lehrer|dozent|padagog|schulleit'],
  ['healthcare', 'arzt|pflege|kranken|therapeut|apothek|medizin|pharmaz'],
];

/**
 * Compound heads that name a function when no stem does: Projektingenieur, Fachinformatiker, Unternehmensberaterin.
 * [suffix, function, weight]; feminine forms are covered by the normaliser's inflection handling.
 */
export const FUNCTION_SUFFIXES: ReadonlyArray<readonly [string, TitleFunction, number]> = [
  // Compound engineers (Entwicklungsingenieur, Umweltingenieur) are engineering outside IT; software compounds
  // (Softwareingenieur) are caught by their stem first.
  ['ingenieur', 'manufacturing', 0.7],
  ['ingenieurin', 'manufacturing', 0.7],
  ['entwickler', 'engineering', 1],
  ['entwicklerin', 'engineering', 1],
  ['informatiker', 'it', 1],
  ['informatikerin', 'it', 1],
  ['berater', 'consulting', 1],
  ['beraterin', 'consulting', 1],
  ['techniker', 'manufacturing', 1],
  ['technikerin', 'manufacturing', 1],
  ['geschaftsfuhrer', 'executive', 0.5],
  ['geschaftsfuhrerin', 'executive', 0.5],
  ['kaufmann', 'administrative', 0.7],
  ['kauffrau', 'administrative', 0.7],
  // Technical disciplines (Injektionstechnik, Systemtechnik) are engineering outside IT, as the bare "Technik";
  // an R&D area (Laserentwicklung, Prozessentwicklung) is research: both hints.
  ['technik', 'manufacturing', 0.5],
  ['entwicklung', 'research', 0.6],
];

/** [level, phrases]. A title takes the highest level it names (junior/assistant modifiers aside). */
export const LEVEL_PHRASES: ReadonlyArray<readonly [SeniorityLevel, string]> = [
  [
    'intern',
    'intern|interne|internship|trainee|praktikant|praktikantin|praktikum|werkstudent|werkstudentin|working student|' +
      'student|studentin|studentische|studentischer|stagiaire|stage|alternant|alternante|alternance|apprenti|' +
      'apprentie|apprentice|apprenticeship|azubi|auszubildender|auszubildende|ausbildung|becario|becaria|' +
      'practicas|practicante|tirocinante|tirocinio|stagista|estagiario|estagiaria|estagio|stagiair|leerling|' +
      'volontar|volontarin|dual student|duales studium|summer intern|jobstudent',
  ],
  [
    'junior',
    'junior|jr|junior manager|entry level|graduate|absolvent|absolventin|berufseinsteiger|associate|' +
      'assistant|assistent|assistentin|assistenz|assistante|asistente|assistente|secretary|sekretar|' +
      'sekretarin|secretaire|secretaria|segretaria|secretaresse|analyst|analystin|analyste|analista|referent|' +
      'referentin|sachbearbeiter|sachbearbeiterin|mitarbeiter|mitarbeiterin|medewerker|medewerkster|' +
      'employe|employee|empleado|empleada|impiegato|impiegata|colaborador|colaboradora|auxiliar|clerk|' +
      'aide|helper|helfer|helferin|kaufmannische angestellte|kaufmannischer angestellter|angestellter|' +
      'angestellte|receptionist|doktorand|doktorandin|phd student|phd candidate|junior consultant|assistenzarzt|young professional|' +
      'assistenzarztin',
  ],
  [
    'professional',
    'specialist|spezialist|spezialistin|specialiste|especialista|specialista|consultant|consultante|berater|' +
      'pharmareferent|pharmareferentin|klinikreferent|klinikreferentin|arzneimittelreferent|' +
      'beraterin|consultor|consultora|consulente|engineer|ingenieur|ingenieurin|ingeniero|ingeniera|ingegnere|' +
      'engenheiro|developer|entwickler|entwicklerin|coordinator|koordinator|koordinatorin|coordinatrice|' +
      'coordinateur|coordinador|coordinadora|coordinatore|coordenador|coordenadora|officer|executive|' +
      'representative|advisor|adviser|adviseur|account executive|charge|chargee|charge de|chargee de|' +
      'gestionnaire|technician|techniker|technicien|tecnico|administrator|architect|architekt|designer|' +
      'scientist|accountant|buyer|einkaufer|einkauferin|acheteur|acheteuse|recruiter|controller|teacher|' +
      'lehrer|lehrerin|nurse|agent|fachkraft|sachverstandiger|planner|planer|disponent|disponentin|editor|' +
      'redakteur|redakteurin|business partner|product owner|scrum master|company secretary|corporate secretary',
  ],
  [
    'senior',
    'senior|sr|senior consultant|managing consultant|senior manager|principal|expert|experte|expertin|experto|experta|esperto|' +
      'confirme|confirmee|ervaren|staff engineer|staff software engineer|leitender angestellter|' +
      'lead developer|lead engineer|lead consultant|lead architect|lead designer|lead analyst|lead buyer|' +
      'lead auditor|lead software engineer|lead data scientist|fellow|distinguished engineer|oberarzt|oberarztin|' +
      'associate general counsel|assistant general counsel|facharzt|facharztin',
  ],
  [
    'manager',
    'manager|managerin|mgr|manageur|gerente|responsable|responsabile|gestor|gestora|encargado|encargada|' +
      'supervisor|supervisorin|superviseur|supervisora|verantwortlicher|verantwortliche|verantwortlich|' +
      'beauftragter|beauftragte|key account manager|account manager|assistant manager|country manager|' +
      'area manager|office manager|coordinateur manager|teamcoach|kaufmannischer leiter assistent|' +
      // A French "chef de produit/marché" is a product or market manager, not the head of a team.
      'chef de produit|cheffe de produit|chef de produits|cheffe de produits|chef de marche|cheffe de marche|' +
      'jefe de producto|jefa de producto',
  ],
  [
    'head',
    'head|head of|leiter|leiterin|leitung|leitende|leitender|ltg|teamleiter|teamleiterin|teamleitung|team lead|' +
      'team leader|teamlead|teamleader|gruppenleiter|gruppenleiterin|gruppenleitung|abteilungsleiter|' +
      'abteilungsleiterin|abteilungsleitung|bereichsleiter|bereichsleiterin|bereichsleitung|chef|cheffe|' +
      'chef de|cheffe de|chef des|jefe|jefa|jefe de|jefa de|capo|capo area|capo reparto|chefe|hoofd|' +
      'teamleider|leidinggevende|leader|lead|lider|chief of staff|chief engineer|chief architect|' +
      'group head|global head|regional head|practice lead|practice leader|kaufmannischer leiter|' +
      'kaufmannische leiterin|projektleiter|projektleiterin|project leader|project lead|chef de projet|' +
      'hauptabteilungsleiter|niederlassungsleiter|niederlassungsleiterin|standortleiter|werksleiter|' +
      'direction commerciale|stellvertretender leiter|verkaufsleiter|vertriebsleiter|vertriebsleiterin|' +
      'responsable de departement|afdelingshoofd|teamhoofd|coordinador general|head coach|projectleider|' +
      'projectleidster|bedrijfsleider|werksleiter|werksleiterin|' +
      // The General Counsel heads the legal function (c_level only when the record says so); RSSI heads security.
      'general counsel|deputy general counsel|gc|rssi|ekonomichef|produktionschef|fabrikschef|kvalitetschef|rektor|rektorin',
  ],
  [
    'director',
    'director|directora|directeur|directrice|direktor|direktorin|direttore|direttrice|diretor|diretora|' +
      'senior director|executive director|associate director|art director|creative director|' +
      'general manager|gm|directeur commercial|directrice commerciale|director comercial|direttore commerciale|' +
      'diretor comercial|commercieel directeur|country director|regional director|managing partner assistant|' +
      'associate partner|avp|assistant vice president|bereichsdirektor|bereichsdirektorin',
  ],
  [
    'vp',
    'vp|svp|evp|vice president|vicepresident|vice presidente|vicepresidente|vice presidenta|' +
      'vicepresidenta|vice prasident|vizeprasident|vizeprasidentin|senior vice president|' +
      'executive vice president|group vice president|corporate vice president|vice presidentin|' +
      'vicepresidente esecutivo|vice presidente executivo|first vice president|divisional vice president',
  ],
  [
    'c_level',
    'ceo|cfo|coo|cto|cio|cmo|cro|cso|cpo|chro|cco|cdo|ciso|cxo|cio|cao|cbo|cdao|clo|cno|cqo|cpto|chief|' +
      'chief executive|chief executive officer|president|prasident|prasidentin|presidente|presidenta|' +
      'president directeur general|pdg|dg|directeur general|directrice generale|director general|' +
      'directora general|director gerente|consejero delegado|consejera delegada|gerente general|' +
      'amministratore delegato|direttore generale|diretor geral|diretora geral|diretor executivo|' +
      'diretora executiva|diretor presidente|algemeen directeur|algemeen directrice|statutair directeur|' +
      'bestuurder|lid raad van bestuur|raad van bestuur|managing director|md|vd|verkstallande direktor|geschaftsfuhrer|' +
      'geschaftsfuhrerin|geschaftsfuhrung|geschaftsfuhrende|geschaftsfuhrender|geschaeftsfuehrer|' +
      'geschaftsleitung|mitglied der geschaftsleitung|gf|vorstand|vorstandin|vorstandsvorsitzender|' +
      'vorstandsvorsitzende|vorstandsmitglied|vorsitzender des vorstands|vorsitzende des vorstands|' +
      'vorsitzender des vorstandes|executive board|management board|member of the executive board|' +
      'member of the management board|c level|c suite|gerant|gerante|prokurist|prokuristin|' +
      'head of the executive board|chairman and ceo|directeur general delegue|dga|executive committee|' +
      'comex|board of management|directiemedewerker ceo|cogerant|cogerante|co gerant|amministratore unico|' +
      // Swiss and Austrian "Geschäftsleiter" is the managing director.
      'geschaftsleiter|geschaftsleiterin',
  ],
  [
    'owner',
    'owner|co owner|founder|co founder|cofounder|founding partner|managing partner|inhaber|inhaberin|' +
      'grunder|grunderin|mitgrunder|mitgrunderin|gesellschafter|gesellschafterin|fondateur|fondatrice|' +
      'cofondateur|cofondatrice|co fondateur|co fondatrice|proprietaire|fundador|fundadora|cofundador|' +
      'cofundadora|socio fundador|socia fundadora|propietario|propietaria|dueno|duena|eigenaar|eigenares|' +
      'oprichter|medeoprichter|mede oprichter|fondatore|fondatrice|cofondatore|titolare|proprietario|' +
      'proprietaria|socio|socia|partner|equity partner|senior partner|general partner|unternehmer|' +
      'unternehmerin|entrepreneur|empresario|empresaria|ondernemer|imprenditore|empreendedor|' +
      'selbststandig|selbstandig|freelancer|freiberufler|freiberuflerin|self employed|zaakvoerder|' +
      'zaakvoerster|business owner|geschaftsinhaber|geschaftsinhaberin|associe|associee|associe fondateur|' +
      'associee fondatrice|associe gerant|associee gerante|directeur eigenaar|mede eigenaar|medeeigenaar|socio gerente|' +
      'socia gerente|socio diretor|socia diretora',
  ],
  [
    'board',
    'board member|member of the board|board of directors|member of the board of directors|' +
      'member of the supervisory board|supervisory board|advisory board|board advisor|board director|' +
      'non executive director|non executive|ned|aufsichtsrat|aufsichtsratin|aufsichtsrate|' +
      'aufsichtsratsmitglied|aufsichtsratsvorsitzender|aufsichtsratsvorsitzende|vorsitzender des aufsichtsrats|' +
      'vorsitzender des aufsichtsrates|vorsitzende des aufsichtsrats|mitglied des aufsichtsrats|' +
      'mitglied des aufsichtsrates|beirat|beiratin|beiratsmitglied|beiratsvorsitzender|verwaltungsrat|' +
      'verwaltungsratin|verwaltungsratsmitglied|verwaltungsratsprasident|verwaltungsratsprasidentin|' +
      'chairman|chairwoman|chairperson|chair of the board|chairman of the board|conseil d administration|' +
      'membre du conseil|administrateur independant|administratrice|consejero|consejera|miembro del consejo|' +
      'consejo de administracion|consigliere|consigliere di amministrazione|consiglio di amministrazione|' +
      'conselheiro|conselheira|conselho de administracao|commissaris|raad van commissarissen|trustee|' +
      'kuratorium|board|vorsitzender|vorsitzende',
  ],
];

/** Words that cap the level at junior ("Junior Manager", "Junior Projektleiter"). */
export const JUNIOR_CAP = 'junior|jr|juniorin|junior manager';

/** Interim/acting markers. */
export const INTERIM_PHRASES =
  'interim|interims|ad interim|a i|acting|kommissarisch|kommissarische|kommissarischer|komm|par interim|' +
  'interino|interina|ad interim|facente funzione|waarnemend|waarnemer|temporary|tijdelijk|provisional|' +
  'interimistisch|interimsmanager|interim manager|interimistico|interimaire';

/** Assistant/secretary nouns (for "assistant to …"). */
export const ASSISTANT_WORDS =
  'assistant|assistent|assistentin|assistenz|assistante|asistente|assistente|secretary|sekretar|sekretarin|' +
  'secretaire|secretaria|segretaria|secretaresse|pa|personal assistant|executive assistant|referent|referentin|' +
  'sekretariat|directiesecretaresse|directieassistent|directieassistente|aide';

/** Words that, after an assistant noun (with or without a preposition), name whom the assistant supports. */
export const ASSISTANT_TARGETS =
  'ceo|cfo|coo|cto|cio|cmo|cro|cso|cpo|chro|cco|gf|gl|vp|md|pdg|dg|president|vorstand|vorstands|vorstandes|' +
  'geschaftsfuhrung|geschaftsfuhrer|geschaftsfuhrerin|geschaftsleitung|geschaftsfuhrers|managing director|' +
  'general manager|direction|direction generale|direccion|direccion general|direzione|direzione generale|' +
  'directie|board|executive|executives|management|chairman|owner|inhaber|founder|c level|leadership|' +
  'vice president|director|head|institutsdirektion|bereichsleitung|vorstandsvorsitzenden|' +
  'vorsitzenden|gerencia|presidencia|presidenza|dirigenza|diretoria|praesidium|prasidium|chef|leitung';

/** Prepositions linking an assistant noun to whom they assist. */
export const ASSISTANT_PREPOSITIONS = 'to|of|for|der|des|dem|von|fur|de|du|de la|del|della|di|da|do|van|to the|of the';

/** Words that turn a following "partner"/"owner"/"lead" into something else (not an authority level). */
export const NON_AUTHORITY_AFTER: Readonly<Record<string, string>> = {
  owner: 'product|process|prozess|service|system|application|solution|data|content|technical|platform|budget|risk',
  partner: 'channel|business|sales|account|alliance|strategic|hr|it|marketing|technology|vertriebs|key|implementation|' +
    'solution|solutions|consulting|customer|client|training|service|delivery|success|finance|people',
};

/** Words after "lead"/"leads" that make it a marketing term, not a level ("Lead Generation"). */
export const LEAD_NOT_LEVEL_AFTER = 'generation|management|nurturing|gen|qualification|qualifizierung|scoring|manager';

/** Known regions (folded). Used to fill `region` and kept out of vocabulary statistics. */
export const REGION_PHRASES =
  'emea|emeia|apac|apj|amer|americas|latam|na|noram|north america|south america|latin america|dach|d a ch|' +
  'benelux|nordics|nordic|nordeuropa|scandinavia|cee|see|mea|mena|middle east|africa|asia|asia pacific|' +
  'europe|european|europa|eu|central europe|western europe|eastern europe|northern europe|southern europe|' +
  'zentraleuropa|westeuropa|osteuropa|germany|deutschland|german|austria|osterreich|switzerland|schweiz|' +
  'suisse|svizzera|france|spain|espana|italy|italia|portugal|netherlands|nederland|belgium|belgique|' +
  'uk|u k|united kingdom|ireland|usa|us|u s|united states|canada|brazil|brasil|mexico|china|japan|india|' +
  'poland|polen|iberia|iberica|global|worldwide|weltweit|international|internacional|internazionale|' +
  'national|regional|region|nord|sud|ost|west|north|south|east|northeast|northwest|southeast|southwest|' +
  'ww|row|uki|anz|sea|gcc|cis|baltics|baltic|alps|nrw|bayern|bavaria|berlin|munchen|hamburg|frankfurt|' +
  'koln|stuttgart|dusseldorf|wien|zurich|paris|london|madrid|barcelona|milano|milan|amsterdam|lisboa|' +
  'lisbon|sao paulo|deutschland osterreich schweiz';

/** Headline segments that are not a job ("Speaker", "Mentor", "Investor", "Open to work"). */
export const NOISE_SEGMENT_WORDS =
  'speaker|keynote|keynote speaker|mentor|mentorin|author|autor|autorin|auteur|investor|investorin|' +
  'business angel|angel investor|podcast|podcaster|host|blogger|influencer|tedx|open to work|hiring|' +
  'we are hiring|husband|father|dad|mom|mother|wife|geek|enthusiast|lover|passionate|passionne|' +
  'helping|i help|top voice|linkedin|writer|coach|lecturer|dozent|dozentin|volunteer|ehrenamt|' +
  'ehrenamtlich|photographer|fotograf|traveler|traveller|runner|triathlete|mensa|gamer|vegan|' +
  'keynotespeaker|futurist|evangelist|visionary|storyteller|nerd|fan|lifelong learner|ambassador|' +
  'advisor|board advisor|investor and advisor|startup advisor|yoga|musician|artist|phd|mba|' +
  'looking for|seeking|available|freelance';
