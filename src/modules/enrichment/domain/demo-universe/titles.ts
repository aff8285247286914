/**
 * Job-title data of the demo universe: business functions, their Coresignal department, English titles per level
 * slot, non-English titles per language, the C-suite seats, and the "mess" applied to a share of titles
 * (abbreviations, regions, headline noise) so that classifiers meet the titles real profiles carry.
 * Templates may contain `{masculine|feminine}` alternatives, resolved with the person's gender.
 */
import type { Gender, TitleLanguage } from './names.js';
import type { Rng } from './prng.js';

export type Fn =
  | 'sales'
  | 'bizdev'
  | 'marketing'
  | 'finance'
  | 'procurement'
  | 'legal'
  | 'security'
  | 'it'
  | 'engineering'
  | 'product'
  | 'data'
  | 'operations'
  | 'hr'
  | 'customer_success'
  | 'support'
  | 'admin'
  | 'frontline';

/** leader slots (vp/director/head/manager) and individual-contributor slots */
export type Slot = 'vp' | 'director' | 'head' | 'manager' | 'senior' | 'mid' | 'junior' | 'intern';

export type ExecRole =
  | 'CEO'
  | 'CFO'
  | 'CTO'
  | 'CRO'
  | 'CSO'
  | 'CMO'
  | 'COO'
  | 'CISO'
  | 'CHRO'
  | 'GC'
  | 'CIO'
  | 'CPO'
  | 'CDO'
  | 'CCO';

type SlotTitles = Record<Slot, readonly string[]>;

/** Coresignal `active_experience_department` of each function (frontline: per industry, see industries.ts). */
export const FN_DEPARTMENT: Record<Exclude<Fn, 'frontline'>, string> = {
  sales: 'Sales',
  bizdev: 'Sales',
  marketing: 'Marketing',
  finance: 'Finance & Accounting',
  procurement: 'Operations',
  legal: 'Legal',
  security: 'Information Technology',
  it: 'Information Technology',
  engineering: 'Engineering and Technical',
  product: 'Product Management',
  data: 'Data Science',
  operations: 'Operations',
  hr: 'Human Resources',
  customer_success: 'Customer Service',
  support: 'Customer Service',
  admin: 'Administrative',
};

export const EN_TITLES: Record<Exclude<Fn, 'frontline'>, SlotTitles> = {
  sales: {
    vp: ['VP Sales', 'Vice President of Sales', 'SVP Sales', 'VP, Global Sales', 'VP of Enterprise Sales', 'Senior Vice President, Sales', 'VP Sales & Partnerships'],
    director: ['Sales Director', 'Director of Sales', 'Regional Sales Director', 'Director, Enterprise Sales', 'Senior Director of Sales', 'Area Vice President'],
    head: ['Head of Sales', 'Head of Sales Operations', 'Director of Revenue Operations', 'Head of RevOps', 'Head of Sales Enablement', 'Head of Sales'],
    manager: ['Sales Manager', 'Regional Sales Manager', 'Sales Team Lead', 'Sales Operations Manager', 'Revenue Operations Manager', 'Sales Enablement Manager', 'Inside Sales Manager'],
    senior: ['Senior Account Executive', 'Enterprise Account Executive', 'Strategic Account Manager', 'Senior Sales Engineer', 'Key Account Manager', 'Senior Revenue Operations Analyst'],
    mid: ['Account Executive', 'Account Manager', 'Sales Engineer', 'Sales Representative', 'Solutions Consultant', 'Sales Operations Analyst', 'Inside Sales Representative', 'Mid-Market Account Executive'],
    junior: ['Sales Development Representative', 'Business Development Representative', 'Junior Account Executive', 'Sales Associate', 'Sales Coordinator'],
    intern: ['Sales Intern', 'Working Student Sales'],
  },
  bizdev: {
    vp: ['VP Business Development', 'VP Partnerships', 'VP Strategic Alliances', 'SVP Corporate Development'],
    director: ['Director of Business Development', 'Director, Partnerships', 'Director of Alliances'],
    head: ['Head of Business Development', 'Head of Partnerships', 'Head of Channel Sales'],
    manager: ['Partner Manager', 'Business Development Manager', 'Channel Manager', 'Alliance Manager'],
    senior: ['Senior Partner Manager', 'Senior Business Development Manager', 'Senior Channel Account Manager'],
    mid: ['Partnerships Manager', 'Business Development Executive', 'Channel Account Manager', 'Alliances Specialist'],
    junior: ['Business Development Associate', 'Partnerships Associate'],
    intern: ['Business Development Intern'],
  },
  marketing: {
    vp: ['VP Marketing', 'Vice President of Marketing', 'VP Growth', 'SVP Marketing', 'VP Demand Generation'],
    director: ['Marketing Director', 'Director of Product Marketing', 'Director of Demand Generation', 'Director, Brand & Communications'],
    head: ['Head of Marketing', 'Head of Growth', 'Head of Demand Generation', 'Head of Brand', 'Head of Marketing Operations'],
    manager: ['Marketing Manager', 'Product Marketing Manager', 'Demand Generation Manager', 'Content Marketing Manager', 'Marketing Operations Manager', 'Communications Manager'],
    senior: ['Senior Marketing Manager', 'Senior Product Marketing Manager', 'Senior Content Strategist', 'Senior Marketing Operations Specialist'],
    mid: ['Marketing Specialist', 'Content Marketer', 'Digital Marketing Specialist', 'SEO Specialist', 'Growth Marketer', 'Field Marketing Manager', 'Social Media Manager'],
    junior: ['Marketing Coordinator', 'Marketing Associate', 'Junior Marketing Specialist', 'Marketing Assistant'],
    intern: ['Marketing Intern'],
  },
  finance: {
    vp: ['VP Finance', 'Vice President, Finance', 'VP Finance & Administration', 'SVP Finance'],
    director: ['Finance Director', 'Financial Controller', 'Director of FP&A', 'Group Controller', 'Director of Accounting'],
    head: ['Head of Finance', 'Head of FP&A', 'Head of Accounting', 'Controller', 'Head of Treasury'],
    manager: ['Finance Manager', 'Accounting Manager', 'FP&A Manager', 'Payroll Manager', 'Tax Manager', 'Treasury Manager'],
    senior: ['Senior Accountant', 'Senior Financial Analyst', 'Senior FP&A Analyst', 'Senior Tax Specialist'],
    mid: ['Accountant', 'Financial Analyst', 'Staff Accountant', 'Billing Specialist', 'Credit Controller'],
    junior: ['Junior Accountant', 'Accounts Payable Clerk', 'Accounts Receivable Specialist', 'Finance Assistant', 'Bookkeeper'],
    intern: ['Finance Intern', 'Audit Intern'],
  },
  procurement: {
    vp: ['VP Procurement', 'VP Global Sourcing', 'Chief Procurement Officer', 'VP Supply Chain'],
    director: ['Procurement Director', 'Director of Strategic Sourcing', 'Director of Purchasing', 'Supply Chain Director'],
    head: ['Head of Procurement', 'Head of Purchasing', 'Head of Vendor Management', 'Head of Strategic Sourcing'],
    manager: ['Procurement Manager', 'Purchasing Manager', 'Category Manager', 'Vendor Manager', 'Sourcing Manager', 'Supply Chain Manager'],
    senior: ['Senior Buyer', 'Senior Procurement Specialist', 'Senior Category Manager', 'Strategic Buyer'],
    mid: ['Buyer', 'Procurement Specialist', 'Purchasing Agent', 'Vendor Management Specialist', 'Supply Planner'],
    junior: ['Procurement Assistant', 'Junior Buyer', 'Purchasing Assistant'],
    intern: ['Procurement Intern'],
  },
  legal: {
    vp: ['VP Legal', 'Deputy General Counsel', 'VP, Legal & Compliance'],
    director: ['Legal Director', 'Director of Compliance', 'Associate General Counsel', 'Data Protection Officer'],
    head: ['Head of Legal', 'Head of Compliance', 'Head of Privacy', 'Chief Compliance Officer'],
    manager: ['Legal Counsel', 'Compliance Manager', 'Privacy Manager', 'Contracts Manager'],
    senior: ['Senior Legal Counsel', 'Senior Corporate Counsel', 'Senior Compliance Analyst'],
    mid: ['Corporate Counsel', 'Compliance Analyst', 'Paralegal', 'Contract Specialist', 'Privacy Analyst'],
    junior: ['Legal Assistant', 'Junior Legal Counsel', 'Compliance Associate'],
    intern: ['Legal Intern'],
  },
  security: {
    vp: ['VP Information Security', 'VP Security', 'Deputy CISO'],
    director: ['Director of Information Security', 'Director, Security Engineering', 'Director of GRC'],
    head: ['Head of Information Security', 'Head of Security', 'Information Security Officer', 'Head of Cyber Security'],
    manager: ['Security Manager', 'IT Security Manager', 'GRC Manager', 'SOC Manager'],
    senior: ['Senior Security Engineer', 'Senior Security Analyst', 'Lead Penetration Tester', 'Security Architect'],
    mid: ['Security Engineer', 'Security Analyst', 'SOC Analyst', 'GRC Analyst', 'Cloud Security Engineer'],
    junior: ['Junior Security Analyst', 'Security Operations Associate'],
    intern: ['Cyber Security Intern'],
  },
  it: {
    vp: ['VP IT', 'VP Information Technology', 'VP Infrastructure', 'VP Enterprise Systems'],
    director: ['IT Director', 'Director of IT', 'Director of Infrastructure', 'Director, Enterprise Applications'],
    head: ['Head of IT', 'Head of Infrastructure', 'Head of IT Operations', 'IT Lead'],
    manager: ['IT Manager', 'Infrastructure Manager', 'Service Desk Manager', 'IT Operations Manager', 'Business Systems Manager'],
    senior: ['Senior Systems Administrator', 'Senior IT Engineer', 'Senior Network Engineer', 'Salesforce Architect'],
    mid: ['Systems Administrator', 'IT Specialist', 'Network Engineer', 'Business Systems Analyst', 'Salesforce Administrator', 'IT Support Engineer'],
    junior: ['IT Support Specialist', 'Help Desk Technician', 'Junior Systems Administrator', 'Service Desk Analyst'],
    intern: ['IT Intern', 'Working Student IT'],
  },
  engineering: {
    vp: ['VP Engineering', 'Vice President of Engineering', 'SVP Engineering', 'VP Platform Engineering'],
    director: ['Director of Engineering', 'Engineering Director', 'Senior Director of Engineering', 'Director, Platform'],
    head: ['Head of Engineering', 'Head of Platform', 'Head of Development', 'Engineering Lead'],
    manager: ['Engineering Manager', 'Software Engineering Manager', 'QA Manager', 'Development Team Lead', 'Tech Lead'],
    senior: ['Senior Software Engineer', 'Staff Engineer', 'Principal Engineer', 'Senior Backend Developer', 'Senior Frontend Engineer', 'Senior DevOps Engineer'],
    mid: ['Software Engineer', 'Backend Developer', 'Frontend Developer', 'Full Stack Developer', 'DevOps Engineer', 'QA Engineer', 'Mobile Developer', 'Site Reliability Engineer'],
    junior: ['Junior Software Engineer', 'Junior Developer', 'Associate Software Engineer', 'Graduate Engineer', 'Test Engineer'],
    intern: ['Software Engineering Intern', 'Working Student Software Development'],
  },
  product: {
    vp: ['VP Product', 'Vice President of Product', 'VP Product Management', 'SVP Product'],
    director: ['Director of Product', 'Director of Product Management', 'Group Product Manager', 'Director of Design'],
    head: ['Head of Product', 'Head of Design', 'Head of UX', 'Product Lead'],
    manager: ['Product Manager', 'Design Manager', 'Product Owner', 'Senior Product Owner'],
    senior: ['Senior Product Manager', 'Senior Product Designer', 'Lead UX Designer', 'Principal Product Manager'],
    mid: ['Product Designer', 'UX Designer', 'UX Researcher', 'Product Analyst', 'Technical Product Manager'],
    junior: ['Associate Product Manager', 'Junior Product Designer', 'Product Specialist'],
    intern: ['Product Management Intern', 'UX Design Intern'],
  },
  data: {
    vp: ['VP Data', 'VP Data & Analytics', 'VP Data Science'],
    director: ['Director of Data Science', 'Director of Analytics', 'Director, Business Intelligence', 'Director of Data Engineering'],
    head: ['Head of Data', 'Head of Analytics', 'Head of BI', 'Head of Data Science', 'Head of AI'],
    manager: ['Analytics Manager', 'Data Science Manager', 'BI Manager', 'Data Engineering Manager'],
    senior: ['Senior Data Scientist', 'Senior Data Engineer', 'Senior Data Analyst', 'Lead Machine Learning Engineer'],
    mid: ['Data Scientist', 'Data Engineer', 'Data Analyst', 'BI Analyst', 'Machine Learning Engineer', 'Analytics Engineer'],
    junior: ['Junior Data Analyst', 'Associate Data Scientist', 'Reporting Analyst'],
    intern: ['Data Science Intern', 'Data Analyst Intern'],
  },
  operations: {
    vp: ['VP Operations', 'Vice President, Operations', 'SVP Operations', 'VP Business Operations'],
    director: ['Director of Operations', 'Operations Director', 'Director of Business Operations', 'Director, Strategy & Operations'],
    head: ['Head of Operations', 'Head of Business Operations', 'Head of Strategy & Operations', 'Head of Facilities'],
    manager: ['Operations Manager', 'Project Manager', 'Program Manager', 'Facilities Manager', 'Office Manager'],
    senior: ['Senior Operations Analyst', 'Senior Project Manager', 'Senior Program Manager', 'Business Operations Lead'],
    mid: ['Operations Analyst', 'Operations Specialist', 'Project Coordinator', 'Business Analyst', 'Process Improvement Specialist'],
    junior: ['Operations Associate', 'Operations Coordinator', 'Junior Business Analyst'],
    intern: ['Operations Intern'],
  },
  hr: {
    vp: ['VP People', 'VP Human Resources', 'SVP People & Culture', 'VP Talent'],
    director: ['HR Director', 'Director of People', 'Director of Talent Acquisition', 'HR Business Partner Director'],
    head: ['Head of People', 'Head of HR', 'Head of Talent', 'Head of Talent Acquisition', 'Head of People & Culture'],
    manager: ['HR Manager', 'Talent Acquisition Manager', 'HR Business Partner', 'People Operations Manager', 'Learning & Development Manager'],
    senior: ['Senior HR Business Partner', 'Senior Recruiter', 'Senior Talent Partner', 'Compensation & Benefits Lead'],
    mid: ['Recruiter', 'HR Generalist', 'Talent Acquisition Specialist', 'People Partner', 'Payroll Specialist'],
    junior: ['HR Coordinator', 'Recruiting Coordinator', 'HR Assistant', 'People Operations Associate'],
    intern: ['HR Intern', 'Recruiting Intern'],
  },
  customer_success: {
    vp: ['VP Customer Success', 'VP Customer Experience', 'SVP Customer Success', 'VP Client Services'],
    director: ['Director of Customer Success', 'Customer Success Director', 'Director, Client Services', 'Director of Account Management'],
    head: ['Head of Customer Success', 'Head of Customer Experience', 'Head of Account Management', 'Head of Onboarding'],
    manager: ['Customer Success Manager', 'Customer Success Team Lead', 'Client Services Manager', 'Onboarding Manager', 'Renewals Manager'],
    senior: ['Senior Customer Success Manager', 'Strategic Customer Success Manager', 'Senior Account Manager', 'Enterprise CSM'],
    mid: ['Customer Success Manager', 'Account Manager', 'Implementation Consultant', 'Onboarding Specialist', 'Renewals Specialist'],
    junior: ['Customer Success Associate', 'Junior Account Manager', 'Customer Success Specialist'],
    intern: ['Customer Success Intern'],
  },
  support: {
    vp: ['VP Customer Support', 'VP Support & Services', 'VP Service Delivery'],
    director: ['Director of Customer Support', 'Support Director', 'Director of Service Delivery'],
    head: ['Head of Support', 'Head of Customer Support', 'Head of Customer Service'],
    manager: ['Support Manager', 'Customer Service Manager', 'Support Team Lead', 'Technical Support Manager'],
    senior: ['Senior Support Engineer', 'Senior Technical Support Specialist', 'Escalation Engineer'],
    mid: ['Support Engineer', 'Technical Support Specialist', 'Customer Service Representative', 'Customer Support Specialist'],
    junior: ['Customer Support Agent', 'Customer Service Associate', 'Support Associate', 'Call Center Agent'],
    intern: ['Customer Support Intern'],
  },
  admin: {
    vp: ['VP Administration', 'Chief of Staff'],
    director: ['Chief of Staff', 'Director of Administration'],
    head: ['Head of Office', 'Chief of Staff to the CEO', 'Head of Administration'],
    manager: ['Office Manager', 'Executive Office Manager', 'Administration Manager'],
    senior: ['Executive Assistant to the CEO', 'Senior Executive Assistant', 'Assistant to the CEO'],
    mid: ['Executive Assistant', 'Administrative Assistant', 'Personal Assistant to the CFO', 'Office Coordinator'],
    junior: ['Receptionist', 'Office Assistant', 'Administrative Coordinator'],
    intern: ['Office Intern'],
  },
};

type LocalTitles = { head: readonly string[]; manager: readonly string[]; ic: readonly string[] };

/** Non-English titles per language and function (functions without an entry fall back to English). */
export const LOCAL_TITLES: Record<Exclude<TitleLanguage, 'en'>, Partial<Record<Exclude<Fn, 'frontline'>, LocalTitles>>> = {
  de: {
    sales: { head: ['Leiter{|in} Vertrieb', 'Vertriebsleiter{|in}', 'Bereichsleiter{|in} Vertrieb', 'Head of Sales DACH'], manager: ['Teamleiter{|in} Vertrieb', 'Gebietsverkaufsleiter{|in}', 'Key Account Manager{|in}'], ic: ['Vertriebsmitarbeiter{|in}', 'Außendienstmitarbeiter{|in}', 'Kundenberater{|in}', 'Vertriebsinnendienst', 'Account Manager{|in}'] },
    bizdev: { head: ['Leiter{|in} Geschäftsentwicklung', 'Leiter{|in} Partnermanagement'], manager: ['Partnermanager{|in}'], ic: ['Referent{|in} Geschäftsentwicklung'] },
    marketing: { head: ['Leiter{|in} Marketing', 'Marketingleiter{|in}', 'Leiter{|in} Unternehmenskommunikation'], manager: ['Marketing Manager{|in}', 'Teamleiter{|in} Online-Marketing'], ic: ['Referent{|in} Marketing', 'Online-Marketing-Manager{|in}', 'Marketingreferent{|in}'] },
    finance: { head: ['Leiter{|in} Finanzen', 'Leiter{|in} Rechnungswesen', 'Kaufmännische{r|} Leiter{|in}', 'Leiter{|in} Controlling'], manager: ['Teamleiter{|in} Buchhaltung', 'Controller{|in}'], ic: ['Buchhalter{|in}', 'Finanzbuchhalter{|in}', 'Bilanzbuchhalter{|in}', 'Controller{|in}', 'Lohnbuchhalter{|in}'] },
    procurement: { head: ['Leiter{|in} Einkauf', 'Einkaufsleiter{|in}', 'Leiter{|in} Beschaffung'], manager: ['Teamleiter{|in} Einkauf', 'Strategische{r|} Einkäufer{|in}'], ic: ['Einkäufer{|in}', 'Sachbearbeiter{|in} Einkauf', 'Operative{r|} Einkäufer{|in}'] },
    legal: { head: ['Leiter{|in} Recht', 'Justiziar{|in}', 'Leiter{|in} Recht & Compliance', 'Datenschutzbeauftragte{r|}'], manager: ['Syndikusrechtsanwalt|Syndikusrechtsanwältin', 'Compliance Manager{|in}'], ic: ['Jurist{|in}', 'Rechtsanwaltsfachangestellte{r|}', 'Referent{|in} Datenschutz'] },
    security: { head: ['Leiter{|in} Informationssicherheit', 'Informationssicherheitsbeauftragte{r|}'], manager: ['Teamleiter{|in} IT-Sicherheit'], ic: ['IT-Sicherheitsexperte|IT-Sicherheitsexpertin', 'Referent{|in} Informationssicherheit'] },
    it: { head: ['Leiter{|in} IT', 'IT-Leiter{|in}', 'Bereichsleiter{|in} IT'], manager: ['Teamleiter{|in} IT-Infrastruktur'], ic: ['Systemadministrator{|in}', 'Fachinformatiker{|in} Systemintegration', 'IT-Administrator{|in}'] },
    engineering: { head: ['Leiter{|in} Softwareentwicklung', 'Entwicklungsleiter{|in}', 'Leiter{|in} Entwicklung'], manager: ['Teamleiter{|in} Softwareentwicklung'], ic: ['Softwareentwickler{|in}', 'Fachinformatiker{|in} Anwendungsentwicklung', 'Entwicklungsingenieur{|in}'] },
    operations: { head: ['Leiter{|in} Operations', 'Betriebsleiter{|in}', 'Prokurist{|in}'], manager: ['Projektleiter{|in}', 'Teamleiter{|in}'], ic: ['Sachbearbeiter{|in}', 'Projektmanager{|in}', 'Kaufmann für Büromanagement|Kauffrau für Büromanagement'] },
    hr: { head: ['Leiter{|in} Personal', 'Personalleiter{|in}', 'Leiter{|in} Human Resources'], manager: ['Personalreferent{|in}', 'HR Business Partner{|in}'], ic: ['Personalsachbearbeiter{|in}', 'Recruiter{|in}', 'Personalreferent{|in}'] },
    customer_success: { head: ['Leiter{|in} Kundenservice', 'Leiter{|in} Kundenbetreuung'], manager: ['Teamleiter{|in} Kundenservice'], ic: ['Kundenbetreuer{|in}', 'Customer Success Manager{|in}'] },
    support: { head: ['Leiter{|in} Kundendienst'], manager: ['Teamleiter{|in} Support'], ic: ['Kundenservicemitarbeiter{|in}', 'Mitarbeiter{|in} Support'] },
    admin: { head: ['Leiter{|in} Vorstandsbüro'], manager: ['Office Manager{|in}'], ic: ['Assistent{|in} der Geschäftsführung', 'Teamassistent{|in}', 'Empfangsmitarbeiter{|in}'] },
  },
  fr: {
    sales: { head: ['Directeur Commercial|Directrice Commerciale', 'Directeur des Ventes|Directrice des Ventes', 'Responsable Commercial{|e}'], manager: ['Responsable des Ventes', 'Chef des Ventes', 'Responsable Grands Comptes'], ic: ['Commercial{|e}', 'Ingénieur{|e} Commercial{|e}', 'Chargé{|e} d\'Affaires', 'Business Developer', 'Attaché{|e} Commercial{|e}'] },
    bizdev: { head: ['Directeur des Partenariats|Directrice des Partenariats'], manager: ['Responsable Partenariats'], ic: ['Chargé{|e} de Développement'] },
    marketing: { head: ['Directeur Marketing|Directrice Marketing', 'Directeur de la Communication|Directrice de la Communication'], manager: ['Responsable Marketing', 'Chef de Produit Marketing'], ic: ['Chargé{|e} de Marketing', 'Chargé{|e} de Communication', 'Assistant{|e} Marketing'] },
    finance: { head: ['Directeur Administratif et Financier|Directrice Administrative et Financière', 'DAF', 'Responsable Administratif et Financier', 'Directeur Financier|Directrice Financière'], manager: ['Contrôleur de Gestion|Contrôleuse de Gestion', 'Responsable Comptable'], ic: ['Comptable', 'Comptable Fournisseurs', 'Analyste Financier|Analyste Financière', 'Assistant{|e} Comptable'] },
    procurement: { head: ['Directeur des Achats|Directrice des Achats', 'Responsable Achats'], manager: ['Acheteur Senior|Acheteuse Senior'], ic: ['Acheteur|Acheteuse', 'Assistant{|e} Achats', 'Approvisionneur|Approvisionneuse'] },
    legal: { head: ['Directeur Juridique|Directrice Juridique', 'Responsable Juridique', 'Délégué{|e} à la Protection des Données'], manager: ['Juriste Senior'], ic: ['Juriste', 'Juriste d\'Affaires', 'Assistant{|e} Juridique'] },
    security: { head: ['RSSI', 'Responsable de la Sécurité des Systèmes d\'Information'], manager: ['Responsable Cybersécurité'], ic: ['Ingénieur{|e} Sécurité', 'Analyste SOC'] },
    it: { head: ['DSI', 'Directeur des Systèmes d\'Information|Directrice des Systèmes d\'Information', 'Responsable Informatique'], manager: ['Chef de Projet Informatique'], ic: ['Administrateur Systèmes|Administratrice Systèmes', 'Technicien{|ne} Informatique', 'Ingénieur{|e} Systèmes'] },
    engineering: { head: ['Directeur Technique|Directrice Technique', 'Responsable R&D'], manager: ['Lead Développeur|Lead Développeuse', 'Chef de Projet Technique'], ic: ['Développeur|Développeuse', 'Ingénieur{|e} Logiciel', 'Développeur Full Stack|Développeuse Full Stack'] },
    operations: { head: ['Directeur des Opérations|Directrice des Opérations', 'Responsable des Opérations'], manager: ['Chef de Projet', 'Responsable d\'Exploitation'], ic: ['Chargé{|e} de Mission', 'Assistant{|e} de Direction', 'Gestionnaire'] },
    hr: { head: ['DRH', 'Directeur des Ressources Humaines|Directrice des Ressources Humaines', 'Responsable RH'], manager: ['Responsable Recrutement'], ic: ['Chargé{|e} de Recrutement', 'Gestionnaire Paie', 'Chargé{|e} RH'] },
    customer_success: { head: ['Directeur Relation Client|Directrice Relation Client'], manager: ['Responsable Service Client'], ic: ['Chargé{|e} de Clientèle', 'Customer Success Manager'] },
    support: { head: ['Responsable Support'], manager: ['Superviseur Support|Superviseuse Support'], ic: ['Conseiller Clientèle|Conseillère Clientèle', 'Technicien{|ne} Support'] },
    admin: { head: ['Directeur de Cabinet|Directrice de Cabinet'], manager: ['Office Manager'], ic: ['Assistant{|e} de Direction', 'Assistant{|e} du Président', 'Hôte d\'Accueil|Hôtesse d\'Accueil'] },
  },
  es: {
    sales: { head: ['Director Comercial|Directora Comercial', 'Director de Ventas|Directora de Ventas', 'Jefe de Ventas|Jefa de Ventas'], manager: ['Responsable Comercial', 'Key Account Manager', 'Jefe de Zona|Jefa de Zona'], ic: ['Comercial', 'Ejecutiv{o|a} de Cuentas', 'Asesor{|a} Comercial', 'Técnic{o|a} Comercial'] },
    bizdev: { head: ['Director de Desarrollo de Negocio|Directora de Desarrollo de Negocio'], manager: ['Responsable de Alianzas'], ic: ['Business Developer'] },
    marketing: { head: ['Director de Marketing|Directora de Marketing', 'Responsable de Marketing'], manager: ['Jefe de Marketing|Jefa de Marketing', 'Responsable de Comunicación'], ic: ['Técnic{o|a} de Marketing', 'Especialista en Marketing Digital', 'Community Manager'] },
    finance: { head: ['Director Financiero|Directora Financiera', 'Responsable Financier{o|a}', 'Director de Administración y Finanzas|Directora de Administración y Finanzas'], manager: ['Jefe de Contabilidad|Jefa de Contabilidad', 'Controller Financier{o|a}'], ic: ['Contable', 'Técnic{o|a} Contable', 'Analista Financier{o|a}', 'Administrativ{o|a} Contable'] },
    procurement: { head: ['Jefe de Compras|Jefa de Compras', 'Director de Compras|Directora de Compras', 'Responsable de Compras'], manager: ['Responsable de Aprovisionamiento'], ic: ['Comprador{|a}', 'Técnic{o|a} de Compras', 'Administrativ{o|a} de Compras'] },
    legal: { head: ['Director Jurídico|Directora Jurídica', 'Responsable de Asesoría Jurídica', 'Delegad{o|a} de Protección de Datos'], manager: ['Abogad{o|a} Senior'], ic: ['Abogad{o|a}', 'Asesor{|a} Jurídic{o|a}', 'Paralegal'] },
    security: { head: ['Responsable de Seguridad de la Información', 'CISO'], manager: ['Jefe de Ciberseguridad|Jefa de Ciberseguridad'], ic: ['Analista de Ciberseguridad', 'Técnic{o|a} de Seguridad'] },
    it: { head: ['Director de Sistemas|Directora de Sistemas', 'Responsable de IT', 'Jefe de Informática|Jefa de Informática'], manager: ['Jefe de Proyecto IT|Jefa de Proyecto IT'], ic: ['Técnic{o|a} de Sistemas', 'Administrador{|a} de Sistemas', 'Técnic{o|a} Informátic{o|a}'] },
    engineering: { head: ['Director de Tecnología|Directora de Tecnología', 'Responsable de Desarrollo'], manager: ['Jefe de Proyecto|Jefa de Proyecto', 'Tech Lead'], ic: ['Desarrollador{|a}', 'Programador{|a}', 'Ingenier{o|a} de Software', 'Analista Programador{|a}'] },
    operations: { head: ['Director de Operaciones|Directora de Operaciones', 'Responsable de Operaciones'], manager: ['Jefe de Proyecto|Jefa de Proyecto', 'Coordinador{|a}'], ic: ['Administrativ{o|a}', 'Técnic{o|a} de Operaciones', 'Gestor{|a}'] },
    hr: { head: ['Director de RRHH|Directora de RRHH', 'Responsable de Recursos Humanos'], manager: ['HR Business Partner', 'Responsable de Selección'], ic: ['Técnic{o|a} de Selección', 'Técnic{o|a} de RRHH', 'Administrativ{o|a} de Personal'] },
    customer_success: { head: ['Director de Atención al Cliente|Directora de Atención al Cliente'], manager: ['Responsable de Atención al Cliente'], ic: ['Gestor{|a} de Cuentas', 'Customer Success Manager'] },
    support: { head: ['Responsable de Soporte'], manager: ['Coordinador{|a} de Soporte'], ic: ['Agente de Atención al Cliente', 'Técnic{o|a} de Soporte'] },
    admin: { head: ['Jefe de Gabinete|Jefa de Gabinete'], manager: ['Office Manager'], ic: ['Asistente de Dirección', 'Secretari{o|a} de Dirección', 'Recepcionista'] },
  },
  nl: {
    sales: { head: ['Commercieel Directeur', 'Hoofd Verkoop', 'Sales Directeur', 'Manager Verkoop'], manager: ['Teamleider Sales', 'Accountmanager'], ic: ['Accountmanager', 'Verkoopadviseur', 'Binnendienst Verkoop', 'Sales Medewerker'] },
    bizdev: { head: ['Hoofd Business Development'], manager: ['Partner Manager'], ic: ['Business Developer'] },
    marketing: { head: ['Hoofd Marketing', 'Marketing Directeur', 'Manager Marketing & Communicatie'], manager: ['Marketing Manager', 'Teamleider Marketing'], ic: ['Marketing Medewerker', 'Online Marketeer', 'Communicatieadviseur'] },
    finance: { head: ['Financieel Directeur', 'Hoofd Financiën', 'Manager Finance & Control'], manager: ['Controller', 'Teamleider Financiële Administratie'], ic: ['Financieel Medewerker', 'Boekhouder', 'Medewerker Crediteurenadministratie', 'Business Controller'] },
    procurement: { head: ['Hoofd Inkoop', 'Inkoopmanager', 'Manager Inkoop'], manager: ['Senior Inkoper', 'Teamleider Inkoop'], ic: ['Inkoper', 'Medewerker Inkoop', 'Tactisch Inkoper'] },
    legal: { head: ['Hoofd Juridische Zaken', 'Bedrijfsjurist', 'Functionaris Gegevensbescherming'], manager: ['Senior Jurist'], ic: ['Jurist', 'Juridisch Medewerker'] },
    security: { head: ['Hoofd Informatiebeveiliging', 'CISO'], manager: ['Security Officer'], ic: ['Security Specialist', 'Medewerker Informatiebeveiliging'] },
    it: { head: ['Hoofd ICT', 'ICT Manager', 'Manager IT'], manager: ['Teamleider ICT'], ic: ['Systeembeheerder', 'ICT Medewerker', 'Netwerkbeheerder', 'Functioneel Beheerder'] },
    engineering: { head: ['Hoofd Ontwikkeling', 'Development Manager'], manager: ['Teamleider Development', 'Lead Developer'], ic: ['Software Ontwikkelaar', 'Ontwikkelaar', 'Medior Developer', 'Software Engineer'] },
    operations: { head: ['Operationeel Directeur', 'Hoofd Operations', 'Bedrijfsleider'], manager: ['Projectleider', 'Teamleider Operations'], ic: ['Medewerker Operations', 'Projectmedewerker', 'Planner'] },
    hr: { head: ['Hoofd HR', 'HR Directeur', 'Manager P&O'], manager: ['HR Adviseur', 'Recruitment Manager'], ic: ['HR Medewerker', 'Recruiter', 'Salarisadministrateur'] },
    customer_success: { head: ['Hoofd Klantenservice'], manager: ['Teamleider Klantenservice'], ic: ['Klantadviseur', 'Customer Success Manager'] },
    support: { head: ['Manager Klantenservice'], manager: ['Teamleider Support'], ic: ['Medewerker Klantenservice', 'Supportmedewerker'] },
    admin: { head: ['Hoofd Secretariaat'], manager: ['Office Manager'], ic: ['Directiesecretaresse', 'Management Assistent', 'Receptioniste'] },
  },
  it: {
    sales: { head: ['Direttore Commerciale|Direttrice Commerciale', 'Responsabile Commerciale', 'Sales Director Italia'], manager: ['Area Manager', 'Responsabile Vendite', 'Key Account Manager'], ic: ['Agente di Commercio', 'Consulente Commerciale', 'Addett{o|a} Commerciale', 'Account Manager'] },
    bizdev: { head: ['Responsabile Business Development'], manager: ['Partner Manager'], ic: ['Business Developer'] },
    marketing: { head: ['Direttore Marketing|Direttrice Marketing', 'Responsabile Marketing'], manager: ['Marketing Manager', 'Responsabile Comunicazione'], ic: ['Marketing Specialist', 'Addett{o|a} Marketing', 'Social Media Manager'] },
    finance: { head: ['Direttore Amministrativo|Direttrice Amministrativa', 'Responsabile Amministrazione e Finanza', 'CFO Italia'], manager: ['Controller', 'Responsabile Contabilità'], ic: ['Contabile', 'Impiegat{o|a} Amministrativ{o|a}', 'Addett{o|a} Contabilità', 'Analista Finanziari{o|a}'] },
    procurement: { head: ['Responsabile Acquisti', 'Direttore Acquisti|Direttrice Acquisti'], manager: ['Buyer Senior'], ic: ['Buyer', 'Addett{o|a} Acquisti', 'Impiegat{o|a} Ufficio Acquisti'] },
    legal: { head: ['Responsabile Legale', 'Direttore Affari Legali|Direttrice Affari Legali', 'DPO'], manager: ['Legale Senior'], ic: ['Legale d\'Impresa', 'Giurista', 'Avvocat{o|a}'] },
    security: { head: ['Responsabile Sicurezza Informatica', 'CISO'], manager: ['Security Manager'], ic: ['Specialista Sicurezza Informatica', 'Analista SOC'] },
    it: { head: ['Responsabile IT', 'Direttore Sistemi Informativi|Direttrice Sistemi Informativi', 'Responsabile Sistemi Informativi'], manager: ['IT Manager'], ic: ['Sistemista', 'Tecnico Informatico', 'Amministratore di Sistema'] },
    engineering: { head: ['Responsabile Sviluppo Software', 'Direttore Tecnico|Direttrice Tecnica'], manager: ['Team Leader Sviluppo'], ic: ['Sviluppatore|Sviluppatrice', 'Programmatore|Programmatrice', 'Software Developer', 'Ingegnere del Software'] },
    operations: { head: ['Direttore Operativo|Direttrice Operativa', 'Responsabile Operations'], manager: ['Project Manager', 'Capo Progetto'], ic: ['Impiegat{o|a}', 'Addett{o|a} Operations', 'Project Coordinator'] },
    hr: { head: ['Direttore del Personale|Direttrice del Personale', 'Responsabile Risorse Umane', 'HR Director'], manager: ['HR Business Partner', 'Responsabile Selezione'], ic: ['Addett{o|a} Risorse Umane', 'Recruiter', 'Addett{o|a} Paghe'] },
    customer_success: { head: ['Responsabile Customer Care'], manager: ['Team Leader Customer Care'], ic: ['Customer Success Manager', 'Consulente Clienti'] },
    support: { head: ['Responsabile Assistenza Clienti'], manager: ['Team Leader Assistenza'], ic: ['Operatore Customer Care|Operatrice Customer Care', 'Tecnico di Supporto'] },
    admin: { head: ['Responsabile Segreteria'], manager: ['Office Manager'], ic: ['Assistente di Direzione', 'Segretari{o|a}', 'Receptionist'] },
  },
  pt: {
    sales: { head: ['Diretor Comercial|Diretora Comercial', 'Diretor de Vendas|Diretora de Vendas', 'Gerente Comercial'], manager: ['Gerente de Vendas', 'Coordenador{|a} Comercial', 'Key Account Manager'], ic: ['Executiv{o|a} de Vendas', 'Consultor{|a} Comercial', 'Vendedor{|a}', 'Gestor{|a} de Contas'] },
    bizdev: { head: ['Diretor de Novos Negócios|Diretora de Novos Negócios'], manager: ['Gerente de Parcerias'], ic: ['Analista de Novos Negócios'] },
    marketing: { head: ['Diretor de Marketing|Diretora de Marketing', 'Head de Marketing'], manager: ['Gerente de Marketing', 'Coordenador{|a} de Marketing'], ic: ['Analista de Marketing', 'Especialista em Marketing Digital', 'Assistente de Marketing'] },
    finance: { head: ['Diretor Financeiro|Diretora Financeira', 'Diretor Administrativo e Financeiro|Diretora Administrativa e Financeira', 'Responsável Financeir{o|a}'], manager: ['Gerente Financeir{o|a}', 'Controller', 'Coordenador{|a} de Contabilidade'], ic: ['Contabilista', 'Analista Financeir{o|a}', 'Técnic{o|a} de Contabilidade', 'Assistente Financeir{o|a}'] },
    procurement: { head: ['Diretor de Compras|Diretora de Compras', 'Responsável de Compras', 'Gerente de Suprimentos'], manager: ['Coordenador{|a} de Compras'], ic: ['Comprador{|a}', 'Analista de Compras', 'Técnic{o|a} de Compras'] },
    legal: { head: ['Diretor Jurídico|Diretora Jurídica', 'Responsável Jurídic{o|a}', 'Encarregad{o|a} de Proteção de Dados'], manager: ['Advogad{o|a} Sénior'], ic: ['Advogad{o|a}', 'Jurista', 'Analista Jurídic{o|a}'] },
    security: { head: ['Responsável de Segurança da Informação', 'CISO'], manager: ['Gerente de Segurança da Informação'], ic: ['Analista de Segurança', 'Especialista em Cibersegurança'] },
    it: { head: ['Diretor de TI|Diretora de TI', 'Responsável de Sistemas de Informação', 'Gerente de TI'], manager: ['Coordenador{|a} de TI'], ic: ['Técnic{o|a} de Informática', 'Administrador{|a} de Sistemas', 'Analista de Sistemas', 'Analista de Suporte'] },
    engineering: { head: ['Diretor de Engenharia|Diretora de Engenharia', 'Head de Tecnologia'], manager: ['Tech Lead', 'Coordenador{|a} de Desenvolvimento'], ic: ['Desenvolvedor{|a}', 'Programador{|a}', 'Engenheir{o|a} de Software', 'Analista Programador{|a}'] },
    operations: { head: ['Diretor de Operações|Diretora de Operações', 'Gerente de Operações'], manager: ['Gestor{|a} de Projeto', 'Coordenador{|a} de Operações'], ic: ['Analista de Operações', 'Assistente Administrativ{o|a}', 'Técnic{o|a} Administrativ{o|a}'] },
    hr: { head: ['Diretor de Recursos Humanos|Diretora de Recursos Humanos', 'Diretor de Pessoas|Diretora de Pessoas', 'Responsável de RH'], manager: ['Business Partner de RH', 'Gerente de Recrutamento'], ic: ['Técnic{o|a} de Recursos Humanos', 'Analista de RH', 'Recrutador{|a}'] },
    customer_success: { head: ['Diretor de Sucesso do Cliente|Diretora de Sucesso do Cliente'], manager: ['Gerente de Sucesso do Cliente'], ic: ['Analista de Customer Success', 'Gestor{|a} de Clientes'] },
    support: { head: ['Responsável de Apoio ao Cliente'], manager: ['Supervisor{|a} de Atendimento'], ic: ['Assistente de Apoio ao Cliente', 'Operador{|a} de Call Center', 'Analista de Suporte'] },
    admin: { head: ['Chefe de Gabinete'], manager: ['Office Manager'], ic: ['Assistente de Direção', 'Secretári{o|a} Executiv{o|a}', 'Rececionista'] },
  },
};

export interface ExecSeat {
  role: ExecRole;
  /** English titles (first is the canonical one) */
  en: readonly string[];
  /** titles seen in founder-led small companies */
  small?: readonly string[];
  local: Partial<Record<Exclude<TitleLanguage, 'en'>, readonly string[]>>;
}

export const EXEC_SEATS: Record<ExecRole, ExecSeat> = {
  CEO: {
    role: 'CEO',
    en: ['Chief Executive Officer', 'CEO', 'President & CEO', 'CEO & President', 'Group CEO', 'Chief Executive'],
    small: ['Founder & CEO', 'Co-Founder & CEO', 'Founder', 'CEO & Co-Founder', 'Owner', 'Managing Director', 'Founder and Managing Director', 'Co-founder/CEO'],
    local: {
      de: ['Geschäftsführer{|in}', 'Geschäftsführende{r|} Gesellschafter{|in}', 'Vorstandsvorsitzende{r|}', 'CEO & Gründer{|in}', 'Inhaber{|in}', 'Vorstand'],
      fr: ['Président-Directeur Général|Présidente-Directrice Générale', 'PDG', 'Directeur Général|Directrice Générale', 'Fondateur & CEO|Fondatrice & CEO', 'Gérant{|e}', 'Président{|e}'],
      es: ['Director General|Directora General', 'Consejer{o|a} Delegad{o|a}', 'CEO y Fundador{|a}', 'Gerente', 'Fundador{|a} y CEO'],
      nl: ['Algemeen Directeur', 'Directeur-eigenaar', 'Oprichter & CEO', 'Directeur', 'Bestuursvoorzitter'],
      it: ['Amministratore Delegato|Amministratrice Delegata', 'Direttore Generale|Direttrice Generale', 'Fondatore e CEO|Fondatrice e CEO', 'Titolare'],
      pt: ['Diretor Geral|Diretora Geral', 'CEO e Fundador{|a}', 'Administrador{|a}', 'Presidente Executiv{o|a}', 'Sóci{o|a}-Gerente'],
    },
  },
  CFO: {
    role: 'CFO',
    en: ['Chief Financial Officer', 'CFO', 'Interim CFO', 'CFO & COO', 'Group CFO', 'Chief Financial Officer (CFO)'],
    small: ['CFO', 'Co-Founder & CFO', 'Fractional CFO'],
    local: {
      de: ['Finanzvorstand', 'Kaufmännische{r|} Geschäftsführer{|in}', 'CFO', 'Geschäftsführer{|in} Finanzen'],
      fr: ['Directeur Administratif et Financier|Directrice Administrative et Financière', 'DAF', 'Directeur Financier|Directrice Financière', 'CFO'],
      es: ['Director Financiero|Directora Financiera', 'CFO', 'Director de Finanzas|Directora de Finanzas'],
      nl: ['Financieel Directeur', 'CFO', 'Directeur Financiën'],
      it: ['Direttore Finanziario|Direttrice Finanziaria', 'CFO', 'Direttore Amministrazione Finanza e Controllo|Direttrice Amministrazione Finanza e Controllo'],
      pt: ['Diretor Financeiro|Diretora Financeira', 'CFO', 'Administrador{|a} Financeir{o|a}'],
    },
  },
  CTO: {
    role: 'CTO',
    en: ['Chief Technology Officer', 'CTO', 'Chief Technical Officer', 'CTO & Co-Founder', 'Group CTO'],
    small: ['Co-Founder & CTO', 'CTO & Co-Founder', 'Technical Co-Founder', 'Co-founder, CTO'],
    local: {
      de: ['Technische{r|} Geschäftsführer{|in}', 'CTO', 'Technologievorstand', 'Mitgründer{|in} & CTO'],
      fr: ['Directeur Technique|Directrice Technique', 'CTO', 'Directeur des Technologies|Directrice des Technologies'],
      es: ['Director de Tecnología|Directora de Tecnología', 'CTO', 'Director Técnico|Directora Técnica'],
      nl: ['Technisch Directeur', 'CTO'],
      it: ['Direttore Tecnico|Direttrice Tecnica', 'CTO'],
      pt: ['Diretor de Tecnologia|Diretora de Tecnologia', 'CTO'],
    },
  },
  CRO: {
    role: 'CRO',
    en: ['Chief Revenue Officer', 'CRO', 'Chief Revenue Officer (CRO)', 'Chief Commercial Officer', 'CCO - Chief Commercial Officer'],
    local: {
      de: ['Vertriebsvorstand', 'Geschäftsführer{|in} Vertrieb', 'Chief Revenue Officer'],
      fr: ['Directeur Commercial Groupe|Directrice Commerciale Groupe', 'Chief Revenue Officer'],
      es: ['Director Comercial General|Directora Comercial General', 'Chief Revenue Officer'],
      nl: ['Commercieel Directeur', 'CRO'],
      it: ['Direttore Commerciale Generale|Direttrice Commerciale Generale', 'CRO'],
      pt: ['Diretor Comercial Executivo|Diretora Comercial Executiva', 'CRO'],
    },
  },
  CSO: {
    role: 'CSO',
    en: ['Chief Sales Officer', 'CSO', 'Chief Sales Officer (CSO)', 'EVP Sales', 'Executive Vice President, Global Sales'],
    local: { de: ['Vertriebsvorstand', 'Chief Sales Officer'], fr: ['Directeur Commercial|Directrice Commerciale'], es: ['Director General Comercial|Directora General Comercial'] },
  },
  CMO: {
    role: 'CMO',
    en: ['Chief Marketing Officer', 'CMO', 'Chief Marketing Officer (CMO)', 'Chief Growth Officer', 'CMO & Head of Communications'],
    small: ['Co-Founder & CMO', 'CMO'],
    local: {
      de: ['Marketingvorstand', 'Chief Marketing Officer', 'Geschäftsführer{|in} Marketing'],
      fr: ['Directeur Marketing Groupe|Directrice Marketing Groupe', 'CMO'],
      es: ['Director General de Marketing|Directora General de Marketing', 'CMO'],
      nl: ['Marketing Directeur', 'CMO'],
      it: ['Direttore Marketing|Direttrice Marketing', 'CMO'],
      pt: ['Diretor de Marketing|Diretora de Marketing', 'CMO'],
    },
  },
  COO: {
    role: 'COO',
    en: ['Chief Operating Officer', 'COO', 'Chief Operations Officer', 'COO & Co-Founder', 'President & COO'],
    small: ['Co-Founder & COO', 'COO'],
    local: {
      de: ['Operative{r|} Geschäftsführer{|in}', 'COO', 'Vorstand Operations'],
      fr: ['Directeur des Opérations|Directrice des Opérations', 'Directeur Général Délégué|Directrice Générale Déléguée', 'COO'],
      es: ['Director de Operaciones|Directora de Operaciones', 'COO', 'Director General Adjunto|Directora General Adjunta'],
      nl: ['Operationeel Directeur', 'COO'],
      it: ['Direttore Operativo|Direttrice Operativa', 'COO'],
      pt: ['Diretor de Operações|Diretora de Operações', 'COO'],
    },
  },
  CISO: {
    role: 'CISO',
    en: ['Chief Information Security Officer', 'CISO', 'Chief Security Officer', 'CISO & DPO', 'Global CISO'],
    local: { de: ['CISO', 'Leiter{|in} Informationssicherheit (CISO)'], fr: ['RSSI', 'RSSI Groupe'], es: ['CISO', 'Director de Seguridad de la Información|Directora de Seguridad de la Información'], nl: ['CISO'], it: ['CISO'], pt: ['CISO'] },
  },
  CHRO: {
    role: 'CHRO',
    en: ['Chief Human Resources Officer', 'Chief People Officer', 'CHRO', 'CPO - Chief People Officer', 'Chief People & Culture Officer'],
    local: {
      de: ['Personalvorstand', 'Arbeitsdirektor{|in}', 'Chief People Officer'],
      fr: ['DRH Groupe', 'Directeur des Ressources Humaines Groupe|Directrice des Ressources Humaines Groupe'],
      es: ['Director General de Personas|Directora General de Personas', 'Chief People Officer'],
      nl: ['HR Directeur', 'Directeur HR'],
      it: ['Direttore Risorse Umane|Direttrice Risorse Umane', 'CHRO'],
      pt: ['Diretor de Pessoas|Diretora de Pessoas', 'CHRO'],
    },
  },
  GC: {
    role: 'GC',
    en: ['General Counsel', 'Chief Legal Officer', 'General Counsel & Company Secretary', 'CLO', 'General Counsel and Chief Compliance Officer'],
    local: {
      de: ['Chefjustiziar{|in}', 'General Counsel', 'Vorstand Recht'],
      fr: ['Directeur Juridique Groupe|Directrice Juridique Groupe', 'General Counsel'],
      es: ['Secretari{o|a} General y del Consejo', 'Director de Asesoría Jurídica|Directora de Asesoría Jurídica'],
      nl: ['Directeur Juridische Zaken', 'General Counsel'],
      it: ['Direttore Affari Legali|Direttrice Affari Legali', 'General Counsel'],
      pt: ['Diretor Jurídico|Diretora Jurídica', 'General Counsel'],
    },
  },
  CIO: {
    role: 'CIO',
    en: ['Chief Information Officer', 'CIO', 'Chief Digital & Information Officer', 'Group CIO'],
    local: { de: ['CIO', 'Bereichsvorstand IT'], fr: ['DSI Groupe', 'CIO'], es: ['CIO', 'Director de Sistemas de Información|Directora de Sistemas de Información'], nl: ['CIO'], it: ['CIO'], pt: ['CIO'] },
  },
  CPO: {
    role: 'CPO',
    en: ['Chief Product Officer', 'CPO', 'Chief Product & Technology Officer', 'Chief Product Officer (CPO)'],
    small: ['Co-Founder & CPO', 'Co-Founder, Product'],
    local: {},
  },
  CDO: {
    role: 'CDO',
    en: ['Chief Data Officer', 'Chief Data & Analytics Officer', 'CDO', 'Chief AI Officer'],
    local: {},
  },
  CCO: {
    role: 'CCO',
    en: ['Chief Customer Officer', 'Chief Customer Success Officer', 'Chief Experience Officer', 'CCO'],
    local: {},
  },
};

/** Which exec a function reports to, in order of preference (the CEO when none of them is seated). */
export const FN_REPORTS_TO: Record<Fn, readonly ExecRole[]> = {
  sales: ['CRO', 'CSO', 'COO'],
  bizdev: ['CRO', 'CSO', 'COO'],
  marketing: ['CMO', 'CRO'],
  finance: ['CFO', 'COO'],
  procurement: ['COO', 'CFO'],
  legal: ['GC', 'CFO'],
  security: ['CISO', 'CIO', 'CTO'],
  it: ['CIO', 'CTO', 'COO'],
  engineering: ['CTO', 'CPO'],
  product: ['CPO', 'CTO'],
  data: ['CDO', 'CTO', 'CIO'],
  operations: ['COO'],
  hr: ['CHRO', 'COO'],
  customer_success: ['CCO', 'CRO', 'COO'],
  support: ['CCO', 'COO', 'CTO'],
  admin: ['COO'],
  frontline: ['COO'],
};

/** Resolve `{masculine|feminine}` alternatives, and whole-title `masculine|feminine` pairs. */
export function genderTitle(template: string, gender: Gender): string {
  let out = template.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_m, a: string, b: string) => (gender === 'f' ? b : a));
  if (out.includes('|') && !out.includes(' | ')) {
    const [m, f] = out.split('|');
    out = gender === 'f' ? f! : m!;
  }
  return out;
}

const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/^Senior /, 'Sr. '],
  [/^Senior /, 'Sr '],
  [/Vice President,? (of )?/, 'VP '],
  [/Account Executive/, 'AE'],
  [/Sales Development Representative/, 'SDR'],
  [/Business Development Representative/, 'BDR'],
  [/Customer Success Manager/, 'CSM'],
  [/Revenue Operations/, 'RevOps'],
  [/Human Resources/, 'HR'],
  [/Director of /, 'Dir. '],
  [/ Manager$/, ' Mgr'],
  [/Information Technology/, 'IT'],
  [/Marketing/, 'Mktg'],
  [/Operations/, 'Ops'],
  [/Software Engineer/, 'SWE'],
  [/Business Development/, 'BD'],
  [/Development/, 'Dev'],
];

const REGION_SUFFIX_STYLES: readonly ((t: string, r: string) => string)[] = [
  (t, r) => `${t} - ${r}`,
  (t, r) => `${t}, ${r}`,
  (t, r) => `${t} (${r})`,
  (t, r) => `${t} | ${r}`,
  (t, r) => `${t} – ${r}`,
];

export function withRegion(rng: Rng, title: string, region: string): string {
  return rng.pick(REGION_SUFFIX_STYLES)(title, region);
}

const SUB_REGIONS: Record<string, readonly string[]> = {
  DE: ['DACH', 'Germany', 'Central Europe'],
  AT: ['DACH', 'Austria'],
  CH: ['DACH', 'Switzerland'],
  FR: ['France', 'Southern Europe', 'France & Benelux'],
  ES: ['Iberia', 'Spain', 'Southern Europe'],
  PT: ['Iberia', 'Portugal'],
  IT: ['Italy', 'Southern Europe'],
  NL: ['Benelux', 'Netherlands'],
  BE: ['Benelux'],
  GB: ['UK&I', 'UK', 'Northern Europe'],
  IE: ['UK&I', 'Ireland'],
  SE: ['Nordics'],
  DK: ['Nordics'],
  PL: ['CEE', 'Eastern Europe'],
  US: ['North America', 'East', 'West', 'Central', 'AMER', 'US'],
  CA: ['Canada', 'North America'],
  SG: ['APAC', 'SEA'],
  AU: ['ANZ', 'APAC'],
  IN: ['India', 'APAC'],
  BR: ['LATAM', 'Brazil'],
  MX: ['LATAM', 'Mexico'],
};

export function subRegion(rng: Rng, country: string): string {
  return rng.pick(SUB_REGIONS[country] ?? ['EMEA']);
}

const NOISE_SUFFIXES: readonly string[] = [
  ' | Speaker', ' | Hiring!', " | We're hiring", ' | MBA', ' | Ex-Consultant', ' | Keynote Speaker', ' 🚀', ' | Mentor',
  ' | Advisor', ' | Board Member', ' | Author', ' | Angel Investor', ' | Open to opportunities',
];

/**
 * Make an English title messy the way real profiles are: abbreviations, a sub-region, headline noise, "& Partnerships".
 * `country` picks a plausible sub-region.
 */
export function messUp(rng: Rng, title: string, country: string, leader: boolean): string {
  let t = title;
  const kind = rng.int(0, 9);
  if (kind <= 3) {
    const candidates = ABBREVIATIONS.filter(([re]) => re.test(t));
    if (candidates.length > 0) {
      const [re, rep] = rng.pick(candidates);
      t = t.replace(re, rep).replace(/\s+/g, ' ').trim();
    } else t = withRegion(rng, t, subRegion(rng, country));
  } else if (kind <= 6) {
    t = withRegion(rng, t, subRegion(rng, country));
  } else if (kind === 7) {
    t += rng.pick(NOISE_SUFFIXES);
  } else if (kind === 8 && leader) {
    t = rng.pick(['Interim ', 'Acting ', 'Global ']) + t;
  } else {
    t = rng.chance(0.5) ? t.toLowerCase() : t.replace(/ and /g, ' & ').replace(/ of /g, ' ');
  }
  if (rng.chance(0.15)) t += rng.pick(NOISE_SUFFIXES);
  return t;
}
