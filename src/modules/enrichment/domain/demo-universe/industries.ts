/**
 * Industries of the demo universe with what shapes their companies: name words, B2B share, the function mix of the
 * workforce, the "frontline" workforce (nurses, store associates, consultants …), technologies and descriptions.
 */
import type { Fn, Slot } from './titles.js';

export interface Industry {
  name: string;
  /** share of companies (relative weight) among small/mid companies */
  weight: number;
  /** relative weight among companies of 5,000+ employees */
  largeWeight: number;
  /** words that end a company name ("Analytics", "Logistics" …) */
  nameSuffixes: readonly string[];
  /** localised name suffixes by title language */
  localSuffixes?: Partial<Record<'de' | 'fr' | 'es' | 'nl' | 'it' | 'pt', readonly string[]>>;
  /** top-level domains preferred by the industry (besides the country one) */
  tlds: readonly string[];
  b2b: number;
  /** workforce mix overrides (relative weights on top of BASE_MIX) */
  mix: Partial<Record<Fn, number>>;
  frontline?: { department: string; titles: Partial<Record<Slot, readonly string[]>> };
  /** whether the company builds software (founders are often technical; CTO seat is common) */
  tech: boolean;
  what: readonly string[];
  technologies: readonly string[];
}

/** default workforce mix (relative weights) */
export const BASE_MIX: Record<Fn, number> = {
  sales: 12,
  bizdev: 2,
  marketing: 6,
  finance: 4,
  procurement: 1,
  legal: 1.2,
  security: 1,
  it: 3,
  engineering: 10,
  product: 2,
  data: 2,
  operations: 8,
  hr: 3,
  customer_success: 4,
  support: 5,
  admin: 1.5,
  frontline: 0,
};

const TECH_MIX: Partial<Record<Fn, number>> = { engineering: 30, product: 6, data: 5, sales: 14, customer_success: 7, support: 6, operations: 4, security: 2 };

export const INDUSTRIES: readonly Industry[] = [
  {
    name: 'Software', weight: 12, largeWeight: 4, tech: true, b2b: 0.85, tlds: ['io', 'com', 'dev'],
    nameSuffixes: ['Software', 'Labs', 'Systems', 'Technologies', 'Analytics', 'Data', 'AI', 'Logic', 'Works'],
    mix: TECH_MIX,
    what: ['builds workflow automation software for mid-sized enterprises', 'develops analytics software for operations teams', 'makes developer tooling for cloud-native teams', 'provides ERP software for growing manufacturers', 'builds AI-assisted document processing software'],
    technologies: ['AWS', 'Kubernetes', 'GitHub', 'Jira', 'Datadog', 'Terraform', 'Snowflake', 'React', 'PostgreSQL', 'Salesforce', 'HubSpot', 'Slack', 'Okta'],
  },
  {
    name: 'SaaS', weight: 12, largeWeight: 2, tech: true, b2b: 0.95, tlds: ['io', 'com', 'app', 'co'],
    nameSuffixes: ['HQ', 'Cloud', 'Platform', 'App', 'Hub', 'ly', 'Stack', 'Flow'],
    mix: TECH_MIX,
    what: ['offers a subscription platform for revenue teams', 'runs a customer-feedback SaaS platform', 'provides cloud scheduling software for field services', 'offers a spend-management platform for finance teams', 'builds a collaborative planning platform'],
    technologies: ['AWS', 'Google Cloud', 'Stripe', 'Segment', 'Intercom', 'Salesforce', 'HubSpot', 'Gong', 'Outreach', 'Zendesk', 'Snowflake', 'dbt', 'Looker', 'Slack', 'Notion'],
  },
  {
    name: 'Financial Services', weight: 6, largeWeight: 12, tech: false, b2b: 0.6, tlds: ['com'],
    nameSuffixes: ['Capital', 'Partners', 'Financial', 'Wealth', 'Payments', 'Finance', 'Bancorp'],
    localSuffixes: { de: ['Finanz', 'Vermögensverwaltung'], fr: ['Finance', 'Gestion'], es: ['Finanzas', 'Capital'], it: ['Finanziaria'], pt: ['Financeira', 'Capital'] },
    mix: { frontline: 14, finance: 8, legal: 3, security: 3, it: 6, data: 4, engineering: 5 },
    frontline: { department: 'Finance & Accounting', titles: { director: ['Director, Wealth Management', 'Head of Private Banking', 'Managing Director, Investment Banking'], manager: ['Branch Manager', 'Relationship Manager', 'Portfolio Manager'], senior: ['Senior Relationship Manager', 'Senior Investment Analyst', 'Senior Credit Analyst'], mid: ['Financial Advisor', 'Credit Analyst', 'Investment Analyst', 'Relationship Manager', 'Loan Officer'], junior: ['Client Service Associate', 'Bank Teller', 'Analyst'], intern: ['Summer Analyst'] } },
    what: ['provides payment processing for online merchants', 'offers wealth management to families and foundations', 'provides SME lending and working-capital finance', 'runs a digital bank for small businesses', 'offers treasury and FX services to corporates'],
    technologies: ['Salesforce Financial Services Cloud', 'Microsoft Azure', 'Bloomberg Terminal', 'Temenos', 'Oracle Database', 'ServiceNow', 'Tableau', 'Microsoft 365', 'Splunk', 'CyberArk'],
  },
  {
    name: 'Healthcare', weight: 6, largeWeight: 10, tech: false, b2b: 0.3, tlds: ['com', 'health'],
    nameSuffixes: ['Health', 'Medical', 'Care', 'Clinics', 'Healthcare', 'Medical Group'],
    localSuffixes: { de: ['Gesundheit', 'Kliniken', 'Medizin'], fr: ['Santé', 'Cliniques'], es: ['Salud', 'Clínicas'], it: ['Salute', 'Cliniche'], pt: ['Saúde', 'Clínicas'], nl: ['Zorg', 'Klinieken'] },
    mix: { frontline: 45, engineering: 2, operations: 10, it: 4 },
    frontline: { department: 'Medical', titles: { vp: ['VP Clinical Operations', 'Chief Medical Officer', 'Chief Nursing Officer'], director: ['Director of Nursing', 'Medical Director', 'Clinical Director'], manager: ['Nurse Manager', 'Clinic Manager', 'Head Nurse', 'Practice Manager'], senior: ['Senior Physician', 'Consultant Physician', 'Charge Nurse', 'Clinical Specialist'], mid: ['Registered Nurse', 'Physician', 'Physiotherapist', 'Pharmacist', 'Radiographer', 'Medical Technologist'], junior: ['Medical Assistant', 'Nursing Assistant', 'Patient Care Technician', 'Healthcare Assistant'], intern: ['Medical Intern', 'Nursing Student'] } },
    what: ['runs outpatient clinics and diagnostic centres', 'operates specialist hospitals', 'provides home-care and nursing services', 'runs a network of physiotherapy practices', 'operates diagnostic imaging centres'],
    technologies: ['Epic Systems', 'Cerner', 'Microsoft 365', 'Workday', 'ServiceNow', 'Microsoft Azure', 'Citrix', 'Salesforce Health Cloud'],
  },
  {
    name: 'Manufacturing', weight: 7, largeWeight: 14, tech: false, b2b: 0.9, tlds: ['com'],
    nameSuffixes: ['Industries', 'Manufacturing', 'Works', 'Components', 'Precision', 'Engineering', 'Technik', 'Materials'],
    localSuffixes: { de: ['Maschinenbau', 'Werke', 'Technik', 'Industrie'], fr: ['Industries', 'Mécanique'], es: ['Industrial', 'Componentes'], it: ['Meccanica', 'Industrie'], pt: ['Indústria', 'Metalurgia'], nl: ['Techniek', 'Industrie'] },
    mix: { frontline: 40, procurement: 4, engineering: 12, operations: 10, sales: 8 },
    frontline: { department: 'Operations', titles: { vp: ['VP Manufacturing', 'VP Global Operations', 'SVP Supply Chain & Manufacturing'], director: ['Plant Director', 'Director of Manufacturing', 'Director of Quality'], manager: ['Plant Manager', 'Production Manager', 'Shift Supervisor', 'Quality Manager', 'Maintenance Manager'], senior: ['Senior Process Engineer', 'Lead Technician', 'Senior Quality Engineer'], mid: ['Production Operator', 'Machine Operator', 'CNC Machinist', 'Quality Inspector', 'Maintenance Technician', 'Process Engineer'], junior: ['Assembly Worker', 'Warehouse Operator', 'Apprentice Mechatronics', 'Production Associate'], intern: ['Production Intern'] } },
    what: ['manufactures precision components for industrial machinery', 'produces packaging materials', 'builds automation equipment for assembly lines', 'manufactures industrial pumps and valves', 'produces electronic control units'],
    technologies: ['SAP S/4HANA', 'Siemens Teamcenter', 'Microsoft Dynamics 365', 'AutoCAD', 'SolidWorks', 'Microsoft 365', 'Salesforce', 'Coupa'],
  },
  {
    name: 'Retail', weight: 5, largeWeight: 12, tech: false, b2b: 0.1, tlds: ['com', 'shop'],
    nameSuffixes: ['Stores', 'Market', 'Goods', 'Outfitters', 'Home', 'Retail', 'Supply'],
    localSuffixes: { de: ['Handel', 'Markt'], fr: ['Boutiques', 'Distribution'], es: ['Tiendas', 'Comercial'], it: ['Negozi', 'Distribuzione'], pt: ['Lojas', 'Comércio'], nl: ['Winkels'] },
    mix: { frontline: 60, marketing: 6, procurement: 3, engineering: 2 },
    frontline: { department: 'Operations', titles: { vp: ['VP Retail Operations', 'VP Stores'], director: ['Regional Director Stores', 'Director of Store Operations', 'Area Director'], manager: ['Store Manager', 'District Manager', 'Assistant Store Manager', 'Department Manager'], senior: ['Senior Sales Associate', 'Visual Merchandiser', 'Shift Lead'], mid: ['Sales Associate', 'Merchandiser', 'Stock Associate', 'Cashier'], junior: ['Store Associate', 'Sales Assistant', 'Stock Clerk'], intern: ['Retail Intern'] } },
    what: ['runs a chain of home and garden stores', 'sells outdoor apparel through stores and online', 'operates neighbourhood grocery stores', 'sells consumer electronics online and in stores', 'runs specialty sports retail stores'],
    technologies: ['Shopify Plus', 'SAP Retail', 'Salesforce Commerce Cloud', 'Google Analytics', 'Klaviyo', 'Microsoft 365', 'Zendesk', 'Oracle Retail'],
  },
  {
    name: 'Logistics', weight: 5, largeWeight: 9, tech: false, b2b: 0.85, tlds: ['com'],
    nameSuffixes: ['Logistics', 'Freight', 'Transport', 'Shipping', 'Cargo', 'Express'],
    localSuffixes: { de: ['Logistik', 'Spedition', 'Transporte'], fr: ['Logistique', 'Transports'], es: ['Logística', 'Transportes'], it: ['Logistica', 'Trasporti'], pt: ['Logística', 'Transportes'], nl: ['Logistiek', 'Transport'] },
    mix: { frontline: 50, operations: 12, procurement: 2, sales: 8 },
    frontline: { department: 'Operations', titles: { vp: ['VP Logistics', 'VP Network Operations'], director: ['Director of Warehouse Operations', 'Regional Operations Director', 'Director of Transportation'], manager: ['Warehouse Manager', 'Fleet Manager', 'Depot Manager', 'Transport Manager', 'Shift Manager'], senior: ['Senior Dispatcher', 'Lead Forklift Operator', 'Senior Logistics Planner'], mid: ['Truck Driver', 'Dispatcher', 'Logistics Coordinator', 'Forklift Operator', 'Freight Forwarder'], junior: ['Warehouse Associate', 'Picker', 'Delivery Driver', 'Logistics Clerk'], intern: ['Logistics Intern'] } },
    what: ['provides contract logistics and warehousing', 'runs road freight between Europe and the UK', 'offers last-mile delivery for e-commerce', 'provides freight forwarding and customs brokerage', 'operates temperature-controlled transport'],
    technologies: ['SAP TM', 'Manhattan WMS', 'Microsoft Dynamics 365', 'Salesforce', 'Microsoft 365', 'Power BI', 'Samsara', 'Oracle Transportation Management'],
  },
  {
    name: 'Telecommunications', weight: 3, largeWeight: 8, tech: true, b2b: 0.5, tlds: ['com', 'net'],
    nameSuffixes: ['Telecom', 'Networks', 'Communications', 'Connect', 'Fibre', 'Mobile'],
    localSuffixes: { de: ['Netze', 'Kommunikation'], fr: ['Télécom', 'Réseaux'], es: ['Telecomunicaciones', 'Redes'], it: ['Telecomunicazioni'], pt: ['Telecomunicações'] },
    mix: { frontline: 20, engineering: 18, support: 10, sales: 12, it: 5, security: 2 },
    frontline: { department: 'Engineering and Technical', titles: { vp: ['VP Network Operations', 'VP Field Services'], director: ['Director of Network Operations', 'Director, Field Engineering'], manager: ['Network Operations Manager', 'Field Service Manager', 'NOC Manager'], senior: ['Senior Network Engineer', 'Senior RF Engineer'], mid: ['Network Technician', 'Field Technician', 'Fibre Technician', 'NOC Engineer', 'RF Engineer'], junior: ['Junior Network Technician', 'Installation Technician'], intern: ['Network Engineering Intern'] } },
    what: ['operates a regional fibre network', 'provides business connectivity and unified communications', 'runs a mobile virtual network for enterprises', 'builds and operates data-centre interconnects'],
    technologies: ['Cisco', 'Juniper Networks', 'ServiceNow', 'Salesforce', 'Amdocs', 'Microsoft Azure', 'Splunk', 'Microsoft 365'],
  },
  {
    name: 'Media', weight: 4, largeWeight: 3, tech: false, b2b: 0.4, tlds: ['com', 'tv', 'media'],
    nameSuffixes: ['Media', 'Studios', 'Publishing', 'Entertainment', 'Press', 'Pictures'],
    localSuffixes: { de: ['Verlag', 'Medien'], fr: ['Éditions', 'Médias'], es: ['Medios', 'Ediciones'], it: ['Editore', 'Media'] },
    mix: { frontline: 30, marketing: 10, sales: 10, engineering: 6 },
    frontline: { department: 'Media and Communication', titles: { vp: ['VP Content', 'Editor-in-Chief', 'VP Programming'], director: ['Managing Editor', 'Creative Director', 'Director of Content'], manager: ['Editor', 'Production Manager', 'Senior Producer'], senior: ['Senior Editor', 'Senior Journalist', 'Lead Designer'], mid: ['Journalist', 'Producer', 'Video Editor', 'Content Creator', 'Graphic Designer', 'Copywriter'], junior: ['Junior Editor', 'Production Assistant', 'Editorial Assistant'], intern: ['Editorial Intern'] } },
    what: ['publishes trade magazines and events for B2B audiences', 'produces documentaries and branded content', 'runs a network of regional news sites', 'produces podcasts and streaming shows'],
    technologies: ['Adobe Creative Cloud', 'WordPress VIP', 'Google Ad Manager', 'Salesforce', 'HubSpot', 'Microsoft 365', 'Slack', 'Frame.io'],
  },
  {
    name: 'Education', weight: 4, largeWeight: 3, tech: false, b2b: 0.3, tlds: ['com', 'edu', 'org'],
    nameSuffixes: ['Learning', 'Academy', 'Education', 'Institute', 'School', 'Tutors'],
    localSuffixes: { de: ['Akademie', 'Bildung'], fr: ['Formation', 'Académie'], es: ['Formación', 'Academia'], it: ['Formazione', 'Accademia'], pt: ['Educação', 'Academia'], nl: ['Opleidingen', 'Academie'] },
    mix: { frontline: 45, marketing: 6, engineering: 4 },
    frontline: { department: 'Education', titles: { vp: ['VP Academic Affairs', 'Provost'], director: ['Director of Studies', 'Program Director', 'Dean', 'Head of Curriculum'], manager: ['Program Manager', 'Academic Coordinator', 'Head Teacher'], senior: ['Senior Lecturer', 'Lead Instructor', 'Senior Instructional Designer'], mid: ['Teacher', 'Lecturer', 'Instructor', 'Trainer', 'Instructional Designer'], junior: ['Teaching Assistant', 'Tutor', 'Learning Support Assistant'], intern: ['Education Intern'] } },
    what: ['runs professional training and certification programmes', 'operates private language schools', 'provides online courses for working professionals', 'runs coding bootcamps'],
    technologies: ['Moodle', 'Canvas LMS', 'Zoom', 'Google Workspace', 'HubSpot', 'Salesforce Education Cloud', 'Stripe'],
  },
  {
    name: 'Energy', weight: 3, largeWeight: 7, tech: false, b2b: 0.6, tlds: ['com', 'energy'],
    nameSuffixes: ['Energy', 'Power', 'Renewables', 'Solar', 'Grid', 'Utilities'],
    localSuffixes: { de: ['Energie', 'Stadtwerke', 'Solar'], fr: ['Énergie', 'Énergies'], es: ['Energía', 'Renovables'], it: ['Energia'], pt: ['Energia', 'Renováveis'], nl: ['Energie'] },
    mix: { frontline: 30, engineering: 15, operations: 10, procurement: 3, legal: 2 },
    frontline: { department: 'Engineering and Technical', titles: { vp: ['VP Generation', 'VP Asset Management'], director: ['Director of Field Operations', 'Plant Director', 'Director, Grid Operations'], manager: ['Site Manager', 'Asset Manager', 'Operations Supervisor'], senior: ['Senior Field Engineer', 'Lead Electrical Engineer'], mid: ['Field Engineer', 'Electrical Technician', 'Wind Turbine Technician', 'Solar Installer', 'Grid Planner'], junior: ['Apprentice Electrician', 'Field Technician'], intern: ['Engineering Intern'] } },
    what: ['develops and operates solar parks', 'supplies electricity and gas to businesses', 'builds battery storage for the grid', 'operates onshore wind farms', 'installs EV charging infrastructure'],
    technologies: ['SAP IS-U', 'OSIsoft PI', 'Microsoft Azure', 'Salesforce', 'ArcGIS', 'Microsoft 365', 'ServiceNow'],
  },
  {
    name: 'Insurance', weight: 3, largeWeight: 8, tech: false, b2b: 0.5, tlds: ['com'],
    nameSuffixes: ['Insurance', 'Assurance', 'Mutual', 'Underwriters', 'Insurance Group'],
    localSuffixes: { de: ['Versicherung', 'Versicherungen'], fr: ['Assurances', 'Mutuelle'], es: ['Seguros'], it: ['Assicurazioni'], pt: ['Seguros'], nl: ['Verzekeringen'] },
    mix: { frontline: 30, finance: 8, legal: 3, it: 6, data: 4, security: 2 },
    frontline: { department: 'Operations', titles: { vp: ['VP Claims', 'VP Underwriting', 'Chief Underwriting Officer'], director: ['Director of Claims', 'Head of Underwriting', 'Director, Actuarial'], manager: ['Claims Manager', 'Underwriting Manager', 'Actuarial Manager'], senior: ['Senior Underwriter', 'Senior Claims Adjuster', 'Senior Actuary'], mid: ['Underwriter', 'Claims Adjuster', 'Actuary', 'Claims Handler', 'Insurance Broker'], junior: ['Claims Assistant', 'Underwriting Assistant', 'Actuarial Analyst'], intern: ['Actuarial Intern'] } },
    what: ['offers commercial property and liability insurance', 'provides health and life insurance', 'underwrites specialty risks for SMEs', 'offers digital car and home insurance'],
    technologies: ['Guidewire', 'Duck Creek', 'Salesforce', 'Microsoft Azure', 'SAS', 'Microsoft 365', 'ServiceNow', 'Tableau'],
  },
  {
    name: 'Consulting', weight: 6, largeWeight: 6, tech: false, b2b: 0.95, tlds: ['com', 'consulting'],
    nameSuffixes: ['Consulting', 'Advisory', 'Partners', 'Group', 'Associates', 'Strategy'],
    localSuffixes: { de: ['Beratung', 'Unternehmensberatung'], fr: ['Conseil'], es: ['Consultores', 'Consultoría'], it: ['Consulenza'], pt: ['Consultoria'], nl: ['Adviesgroep'] },
    mix: { frontline: 60, engineering: 2, sales: 4, bizdev: 4 },
    frontline: { department: 'Consulting', titles: { vp: ['Partner', 'Managing Partner', 'Senior Partner'], director: ['Director', 'Associate Partner', 'Principal'], manager: ['Engagement Manager', 'Senior Manager', 'Project Manager'], senior: ['Senior Consultant', 'Lead Consultant', 'Senior Associate'], mid: ['Consultant', 'Associate', 'Business Consultant', 'Technology Consultant'], junior: ['Analyst', 'Junior Consultant', 'Business Analyst'], intern: ['Consulting Intern', 'Summer Associate'] } },
    what: ['advises mid-market firms on operations and strategy', 'implements ERP and CRM systems', 'advises on digital transformation', 'provides procurement consulting', 'offers revenue-operations consulting'],
    technologies: ['Microsoft 365', 'Salesforce', 'SAP', 'Power BI', 'Miro', 'Slack', 'Workday', 'Tableau'],
  },
  {
    name: 'Biotech', weight: 3, largeWeight: 4, tech: false, b2b: 0.7, tlds: ['com', 'bio'],
    nameSuffixes: ['Bio', 'Therapeutics', 'Biosciences', 'Genomics', 'Pharma', 'Biologics'],
    localSuffixes: { de: ['Biotech', 'Pharma'], fr: ['Biotech', 'Pharma'] },
    mix: { frontline: 40, legal: 3, data: 5, engineering: 4, operations: 8 },
    frontline: { department: 'Research', titles: { vp: ['VP Research & Development', 'Chief Scientific Officer', 'VP Clinical Development'], director: ['Director of R&D', 'Director, Clinical Operations', 'Head of Research', 'Director of Regulatory Affairs'], manager: ['Lab Manager', 'Clinical Project Manager', 'Principal Investigator'], senior: ['Senior Scientist', 'Principal Scientist', 'Senior Clinical Research Associate'], mid: ['Research Scientist', 'Clinical Research Associate', 'Bioinformatician', 'Regulatory Affairs Specialist', 'QA Specialist'], junior: ['Research Associate', 'Lab Technician', 'Junior Scientist'], intern: ['Research Intern', 'PhD Intern'] } },
    what: ['develops antibody therapies for autoimmune disease', 'builds a genomics platform for drug discovery', 'develops cell therapies', 'runs contract research for pharma', 'develops diagnostics for rare diseases'],
    technologies: ['Benchling', 'Veeva Vault', 'AWS', 'Microsoft 365', 'SAP', 'Salesforce', 'LabWare LIMS', 'Tableau'],
  },
  {
    name: 'Automotive', weight: 3, largeWeight: 8, tech: false, b2b: 0.7, tlds: ['com'],
    nameSuffixes: ['Motors', 'Automotive', 'Mobility', 'Auto Parts', 'Drive Systems', 'Vehicles'],
    localSuffixes: { de: ['Fahrzeugtechnik', 'Automobil'], fr: ['Automobiles'], es: ['Automoción'], it: ['Automotive', 'Motori'], pt: ['Automóveis'] },
    mix: { frontline: 40, engineering: 15, procurement: 4, operations: 8 },
    frontline: { department: 'Operations', titles: { vp: ['VP Manufacturing', 'VP Vehicle Production'], director: ['Plant Director', 'Director of Production', 'Director of Quality'], manager: ['Plant Manager', 'Production Supervisor', 'Workshop Manager', 'Service Manager'], senior: ['Master Technician', 'Senior Quality Engineer', 'Lead Assembly Technician'], mid: ['Assembly Technician', 'Automotive Mechanic', 'Quality Inspector', 'Service Advisor', 'Production Operator'], junior: ['Apprentice Mechanic', 'Assembly Line Worker', 'Production Associate'], intern: ['Automotive Engineering Intern'] } },
    what: ['supplies drivetrain components to OEMs', 'builds electric light commercial vehicles', 'runs a network of dealerships and workshops', 'develops software for connected vehicles'],
    technologies: ['SAP S/4HANA', 'Siemens NX', 'CATIA', 'Microsoft 365', 'Salesforce Automotive Cloud', 'PTC Windchill', 'Microsoft Azure'],
  },
  {
    name: 'Real Estate', weight: 4, largeWeight: 3, tech: false, b2b: 0.4, tlds: ['com', 'properties'],
    nameSuffixes: ['Properties', 'Realty', 'Estates', 'Living', 'Real Estate', 'Property Group'],
    localSuffixes: { de: ['Immobilien', 'Wohnbau'], fr: ['Immobilier'], es: ['Inmobiliaria'], it: ['Immobiliare'], pt: ['Imobiliária'], nl: ['Vastgoed'] },
    mix: { frontline: 35, finance: 8, legal: 2, sales: 10 },
    frontline: { department: 'Real Estate', titles: { vp: ['VP Asset Management', 'VP Development'], director: ['Director of Property Management', 'Development Director', 'Director of Leasing'], manager: ['Property Manager', 'Leasing Manager', 'Facility Manager', 'Asset Manager'], senior: ['Senior Property Manager', 'Senior Real Estate Agent', 'Senior Asset Manager'], mid: ['Real Estate Agent', 'Leasing Consultant', 'Property Administrator', 'Surveyor'], junior: ['Leasing Assistant', 'Property Assistant'], intern: ['Real Estate Intern'] } },
    what: ['develops and manages residential buildings', 'manages commercial office portfolios', 'runs co-living spaces', 'brokers commercial real estate'],
    technologies: ['Yardi', 'MRI Software', 'Salesforce', 'Microsoft 365', 'DocuSign', 'HubSpot'],
  },
  {
    name: 'Hospitality', weight: 4, largeWeight: 6, tech: false, b2b: 0.2, tlds: ['com'],
    nameSuffixes: ['Hotels', 'Hospitality', 'Resorts', 'Dining', 'Inns', 'Hotel Group'],
    localSuffixes: { de: ['Hotels', 'Gastronomie'], fr: ['Hôtels', 'Hôtellerie'], es: ['Hoteles'], it: ['Hotel', 'Ristorazione'], pt: ['Hotéis'], nl: ['Hotels'] },
    mix: { frontline: 65, marketing: 5, engineering: 1 },
    frontline: { department: 'Operations', titles: { vp: ['VP Hotel Operations', 'VP Food & Beverage'], director: ['General Manager', 'Regional Director of Operations', 'Director of Food & Beverage'], manager: ['Hotel Manager', 'Restaurant Manager', 'Front Office Manager', 'Executive Chef', 'Housekeeping Manager'], senior: ['Sous Chef', 'Head Receptionist', 'Senior Event Coordinator'], mid: ['Receptionist', 'Chef de Partie', 'Waiter', 'Bartender', 'Event Coordinator', 'Concierge'], junior: ['Housekeeper', 'Commis Chef', 'Kitchen Porter', 'Room Attendant'], intern: ['Hospitality Intern'] } },
    what: ['operates boutique city hotels', 'runs a chain of casual-dining restaurants', 'operates resorts and conference venues', 'provides contract catering for offices'],
    technologies: ['Oracle Opera', 'Mews', 'Toast POS', 'Microsoft 365', 'Salesforce', 'Booking.com Extranet', 'HubSpot'],
  },
  {
    name: 'Cybersecurity', weight: 4, largeWeight: 1.5, tech: true, b2b: 0.98, tlds: ['io', 'com', 'security'],
    nameSuffixes: ['Security', 'Cyber', 'Defense', 'Shield', 'Secure', 'Sentinel'],
    mix: { ...TECH_MIX, security: 10 },
    what: ['builds endpoint detection and response software', 'provides managed SOC services', 'develops identity-threat detection', 'offers penetration testing and red-team services', 'builds cloud security posture management'],
    technologies: ['AWS', 'Kubernetes', 'Elastic', 'Splunk', 'GitHub', 'Jira', 'Salesforce', 'Okta', 'CrowdStrike', 'HubSpot'],
  },
  {
    name: 'E-commerce', weight: 4, largeWeight: 3, tech: true, b2b: 0.2, tlds: ['com', 'shop', 'store'],
    nameSuffixes: ['Commerce', 'Shop', 'Direct', 'Marketplace', 'Store', 'Deals'],
    mix: { engineering: 14, marketing: 12, frontline: 20, support: 10, procurement: 3 },
    frontline: { department: 'Operations', titles: { director: ['Director of Fulfillment', 'Head of Fulfillment'], manager: ['Fulfillment Manager', 'Warehouse Supervisor', 'Category Manager'], senior: ['Senior Category Specialist', 'Lead Picker'], mid: ['Fulfillment Associate', 'Category Specialist', 'Inventory Planner'], junior: ['Picker Packer', 'Warehouse Associate'], intern: ['E-commerce Intern'] } },
    what: ['sells sustainable home goods online', 'runs a marketplace for refurbished electronics', 'sells specialty food by subscription', 'runs a B2B marketplace for office supplies'],
    technologies: ['Shopify Plus', 'Magento', 'Stripe', 'Klaviyo', 'Google Analytics 4', 'Zendesk', 'AWS', 'Algolia', 'Segment'],
  },
  {
    name: 'Construction', weight: 4, largeWeight: 5, tech: false, b2b: 0.8, tlds: ['com'],
    nameSuffixes: ['Construction', 'Builders', 'Infrastructure', 'Contracting', 'Building Group'],
    localSuffixes: { de: ['Bau', 'Bauunternehmung'], fr: ['Construction', 'BTP'], es: ['Construcciones'], it: ['Costruzioni'], pt: ['Construções'], nl: ['Bouw'] },
    mix: { frontline: 55, procurement: 4, engineering: 8, finance: 5 },
    frontline: { department: 'Engineering and Technical', titles: { vp: ['VP Construction', 'VP Projects'], director: ['Construction Director', 'Project Director', 'Director of Estimating'], manager: ['Site Manager', 'Construction Manager', 'Project Manager', 'Foreman'], senior: ['Senior Site Engineer', 'Senior Quantity Surveyor', 'Senior Estimator'], mid: ['Site Engineer', 'Quantity Surveyor', 'Estimator', 'Electrician', 'Carpenter', 'HSE Officer'], junior: ['Construction Worker', 'Apprentice Carpenter', 'Site Assistant'], intern: ['Civil Engineering Intern'] } },
    what: ['builds commercial and residential buildings', 'delivers civil infrastructure projects', 'provides fit-out and refurbishment', 'builds renewable-energy installations'],
    technologies: ['Procore', 'Autodesk Revit', 'AutoCAD', 'SAP', 'Microsoft 365', 'Bluebeam', 'Salesforce'],
  },
];

/** Technologies most companies use regardless of industry. */
export const COMMON_TECH: readonly string[] = [
  'Microsoft 365', 'Google Workspace', 'Slack', 'Microsoft Teams', 'Zoom', 'Salesforce', 'HubSpot', 'LinkedIn Sales Navigator',
  'Workday', 'BambooHR', 'Personio', 'NetSuite', 'Xero', 'DocuSign', 'Okta', 'Atlassian Confluence', 'Jira', 'Zendesk',
  'Google Analytics', 'Gong', 'Outreach', 'ZoomInfo', 'Tableau', 'Power BI', 'AWS', 'Microsoft Azure', 'Coupa', 'ServiceNow',
];

/** First words of company names (invented, evocative; combined with an industry word). */
export const NAME_STEMS: readonly string[] = [
  'Northwind', 'Aldermoor', 'Brackenridge', 'Cobaltis', 'Driftwood', 'Emberly', 'Fernhollow', 'Glenvale', 'Harborview',
  'Ivoryline', 'Juniperhill', 'Kestrelwick', 'Larkspur', 'Meridale', 'Nettlefield', 'Oakhurst', 'Pinecrest', 'Quarrystone',
  'Ravenholt', 'Saltmarsh', 'Thistledown', 'Umberfield', 'Vantor', 'Willowmere', 'Yarrowby', 'Zephyrine', 'Amberlyn',
  'Brightmoor', 'Corvana', 'Dunmore', 'Elmsworth', 'Falcrest', 'Graniteview', 'Hollowbrook', 'Ironvale', 'Jasperly',
  'Kingsmere', 'Lumora', 'Marlowe', 'Novarra', 'Obsidia', 'Palisade', 'Quillon', 'Rivenhall', 'Sableridge', 'Tidewell',
  'Uplander', 'Veridane', 'Westerly', 'Aurelian', 'Bellweather', 'Calderon', 'Deltavon', 'Evenfall', 'Foxglove', 'Gallowind',
  'Heliora', 'Istrana', 'Kaldera', 'Lodestar', 'Mistralis', 'Nordhaven', 'Orchidea', 'Pelagica', 'Quantira', 'Rookwood',
  'Solenne', 'Tamarind', 'Ulmara', 'Vesperine', 'Wrenfield', 'Xylora', 'Yellowpine', 'Zenara', 'Ashgrove', 'Bluefen',
  'Cindervale', 'Dovetail', 'Eastbrook', 'Flintridge', 'Goldcrest', 'Hazelmont', 'Inkwell', 'Jadeport', 'Kilnworth',
  'Lanternfield', 'Mossbank', 'Nightjar', 'Opaline', 'Pebblebrook', 'Quayside', 'Rushmere', 'Silverfen', 'Tallowby',
  'Underhill', 'Vellacourt', 'Whitlock', 'Yewdale', 'Zinnober', 'Arcadia Vale', 'Blackthorn', 'Coralline', 'Duskmere',
  'Everholt', 'Fairhaven', 'Greystone', 'Highfen', 'Isleworth', 'Jetstream', 'Kindling', 'Lindenhof', 'Millbrook', 'Nimbusly',
  'Oakenshaw', 'Pennywhistle', 'Quintessa', 'Redcliffe', 'Starling', 'Tarnwood', 'Umbrella Pine', 'Valewood', 'Wildmere',
  'Brightwater', 'Clearpath', 'Stonegate', 'Silverline', 'Ironbridge', 'Bluepeak', 'Redfern', 'Copperleaf', 'Lakemont',
];

/** Skills inferred per function (a few are picked for each person). */
export const FN_SKILLS: Record<Fn, readonly string[]> = {
  sales: ['Solution Selling', 'Negotiation', 'Salesforce.com', 'B2B Sales', 'Account Management', 'Pipeline Management', 'Forecasting', 'MEDDIC', 'Cold Calling', 'Sales Operations'],
  bizdev: ['Partnerships', 'Business Development', 'Channel Sales', 'Negotiation', 'Strategic Alliances', 'Go-to-Market Strategy'],
  marketing: ['Digital Marketing', 'Demand Generation', 'Content Strategy', 'SEO', 'Marketing Automation', 'HubSpot', 'Brand Management', 'Product Marketing'],
  finance: ['Financial Reporting', 'FP&A', 'IFRS', 'US GAAP', 'Budgeting', 'Accounting', 'SAP FI', 'Excel', 'Treasury'],
  procurement: ['Strategic Sourcing', 'Vendor Management', 'Negotiation', 'Supply Chain Management', 'Contract Management', 'Coupa', 'SAP Ariba'],
  legal: ['Contract Negotiation', 'Corporate Law', 'GDPR', 'Compliance', 'Commercial Contracts', 'Data Privacy', 'Intellectual Property'],
  security: ['Information Security', 'ISO 27001', 'SOC 2', 'Threat Detection', 'Incident Response', 'Risk Management', 'Cloud Security'],
  it: ['IT Service Management', 'Microsoft Azure', 'Active Directory', 'Networking', 'ITIL', 'Salesforce Administration', 'Office 365'],
  engineering: ['TypeScript', 'Java', 'Python', 'Kubernetes', 'AWS', 'Microservices', 'React', 'Go', 'CI/CD', 'PostgreSQL'],
  product: ['Product Management', 'Roadmapping', 'User Research', 'Figma', 'Agile Methodologies', 'A/B Testing', 'UX Design'],
  data: ['SQL', 'Python', 'Machine Learning', 'dbt', 'Data Modeling', 'Tableau', 'Snowflake', 'Statistics'],
  operations: ['Project Management', 'Process Improvement', 'Lean Six Sigma', 'Operations Management', 'Stakeholder Management'],
  hr: ['Recruiting', 'Talent Acquisition', 'Employee Relations', 'HRIS', 'Compensation & Benefits', 'Workday', 'Onboarding'],
  customer_success: ['Customer Success', 'Account Management', 'Customer Retention', 'Onboarding', 'Gainsight', 'Upselling'],
  support: ['Customer Support', 'Zendesk', 'Troubleshooting', 'Customer Service', 'Technical Support'],
  admin: ['Calendar Management', 'Office Administration', 'Event Planning', 'Travel Management'],
  frontline: ['Teamwork', 'Customer Service', 'Quality Management', 'Health & Safety', 'Training'],
};
