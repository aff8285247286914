/**
 * Person names by naming culture, and the countries/cities of the demo universe. All names are common given names and
 * surnames; combinations are random and fictional.
 */
export type Gender = 'f' | 'm';
export type NameCulture = 'anglo' | 'de' | 'fr' | 'es' | 'nl' | 'it' | 'pt' | 'nordic' | 'pl' | 'in' | 'sg';
/** language of non-English job titles; 'en' for the rest */
export type TitleLanguage = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it' | 'pt';

interface NameList {
  f: readonly string[];
  m: readonly string[];
  last: readonly string[];
}

export const NAMES: Record<NameCulture, NameList> = {
  anglo: {
    f: ['Emily', 'Sarah', 'Jessica', 'Ashley', 'Jennifer', 'Amanda', 'Megan', 'Rachel', 'Lauren', 'Hannah', 'Olivia', 'Emma', 'Sophie', 'Charlotte', 'Grace', 'Chloe', 'Laura', 'Rebecca', 'Katherine', 'Nicole', 'Samantha', 'Danielle', 'Michelle', 'Victoria', 'Natalie', 'Claire', 'Amy', 'Lucy', 'Priya', 'Maria', 'Aisha', 'Mei'],
    m: ['James', 'John', 'Michael', 'David', 'Robert', 'Daniel', 'Matthew', 'Christopher', 'Andrew', 'Joshua', 'Ryan', 'Brian', 'Kevin', 'Jason', 'Thomas', 'Oliver', 'Jack', 'Harry', 'George', 'William', 'Benjamin', 'Samuel', 'Nathan', 'Patrick', 'Sean', 'Mark', 'Paul', 'Steven', 'Raj', 'Carlos', 'Wei', 'Omar'],
    last: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Martin', 'Jackson', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Parker', 'Collins', 'Edwards', 'Stewart', 'Murphy', "O'Brien", 'Kelly', 'Hughes', 'Patel', 'Nguyen', 'Garcia', 'Chen', 'Kim', 'Shah', 'Cooper', 'Reed', 'Bennett', 'Gray', 'Brooks', 'Ward', 'Foster', 'Hayes'],
  },
  de: {
    f: ['Anna', 'Julia', 'Laura', 'Lena', 'Katharina', 'Sarah', 'Lisa', 'Sandra', 'Sabine', 'Claudia', 'Stefanie', 'Nicole', 'Andrea', 'Petra', 'Jana', 'Miriam', 'Franziska', 'Johanna', 'Carolin', 'Verena', 'Birgit', 'Ursula', 'Jülide', 'Elif'],
    m: ['Thomas', 'Michael', 'Andreas', 'Stefan', 'Christian', 'Markus', 'Alexander', 'Tobias', 'Florian', 'Sebastian', 'Daniel', 'Jan', 'Jörg', 'Jürgen', 'Uwe', 'Matthias', 'Frank', 'Lukas', 'Maximilian', 'Felix', 'Philipp', 'Benedikt', 'Mehmet', 'Dominik'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Krause', 'Meier', 'Lehmann', 'Huber', 'Kaiser', 'Fuchs', 'Peters', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Vogel', 'Yılmaz', 'Kowalski'],
  },
  fr: {
    f: ['Marie', 'Camille', 'Léa', 'Manon', 'Chloé', 'Julie', 'Sophie', 'Nathalie', 'Isabelle', 'Céline', 'Aurélie', 'Émilie', 'Claire', 'Sandrine', 'Hélène', 'Amélie', 'Pauline', 'Mathilde', 'Inès', 'Sarah', 'Margaux', 'Fatima'],
    m: ['Pierre', 'Nicolas', 'Julien', 'Thomas', 'Antoine', 'Maxime', 'Alexandre', 'Guillaume', 'François', 'Sébastien', 'Olivier', 'Philippe', 'Laurent', 'Jérôme', 'Mathieu', 'Romain', 'Benoît', 'Hugo', 'Louis', 'Arnaud', 'Karim', 'Stéphane'],
    last: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Benali', 'Chevalier'],
  },
  es: {
    f: ['María', 'Lucía', 'Carmen', 'Laura', 'Marta', 'Ana', 'Paula', 'Sara', 'Elena', 'Cristina', 'Isabel', 'Raquel', 'Alba', 'Nuria', 'Beatriz', 'Patricia', 'Sofía', 'Irene', 'Pilar', 'Rocío', 'Valeria', 'Ximena'],
    m: ['Antonio', 'José', 'Manuel', 'Francisco', 'David', 'Javier', 'Daniel', 'Carlos', 'Alejandro', 'Miguel', 'Pablo', 'Sergio', 'Jorge', 'Alberto', 'Raúl', 'Fernando', 'Diego', 'Álvaro', 'Iñaki', 'Rubén', 'Adrián', 'Luis'],
    last: ['García', 'Rodríguez', 'González', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Alonso', 'Gutiérrez', 'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil', 'Ramírez', 'Serrano', 'Blanco', 'Molina', 'Morales', 'Ortega', 'Delgado', 'Castro', 'Ortiz', 'Rubio', 'Marín', 'Sanz', 'Iglesias', 'Etxeberria'],
  },
  nl: {
    f: ['Emma', 'Sanne', 'Lotte', 'Anouk', 'Fleur', 'Iris', 'Lisa', 'Eva', 'Femke', 'Marieke', 'Esther', 'Linda', 'Ingrid', 'Maaike', 'Noor', 'Sophie', 'Annelies', 'Yasmina'],
    m: ['Jan', 'Pieter', 'Daan', 'Bram', 'Sander', 'Thijs', 'Jeroen', 'Maarten', 'Joost', 'Ruud', 'Bas', 'Niels', 'Koen', 'Wouter', 'Stijn', 'Sven', 'Hendrik', 'Mohamed'],
    last: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'Claes', 'Maes'],
  },
  it: {
    f: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Martina', 'Valentina', 'Alessandra', 'Federica', 'Elisa', 'Silvia', 'Paola', 'Elena', 'Laura', 'Roberta', 'Giorgia', 'Ilaria', 'Simona', 'Beatrice'],
    m: ['Marco', 'Alessandro', 'Andrea', 'Luca', 'Giuseppe', 'Matteo', 'Francesco', 'Lorenzo', 'Davide', 'Stefano', 'Simone', 'Federico', 'Riccardo', 'Paolo', 'Roberto', 'Giovanni', 'Nicolò', 'Fabio'],
    last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone'],
  },
  pt: {
    f: ['Ana', 'Maria', 'Beatriz', 'Mariana', 'Inês', 'Sofia', 'Joana', 'Catarina', 'Rita', 'Carolina', 'Marta', 'Leonor', 'Juliana', 'Fernanda', 'Camila', 'Larissa', 'Patrícia', 'Raquel'],
    m: ['João', 'Pedro', 'Tiago', 'Rui', 'Miguel', 'Nuno', 'Ricardo', 'Bruno', 'André', 'Diogo', 'Gonçalo', 'Paulo', 'Luís', 'Rafael', 'Gabriel', 'Lucas', 'Rodrigo', 'Vítor'],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Jesus', 'Sousa', 'Fernandes', 'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Alves', 'Almeida', 'Ribeiro', 'Pinto', 'Carvalho', 'Teixeira', 'Moreira', 'Correia', 'Mendes', 'Nunes', 'Soares', 'Vieira', 'Monteiro', 'Cardoso', 'Rocha'],
  },
  nordic: {
    f: ['Anna', 'Emma', 'Maja', 'Ida', 'Sara', 'Karin', 'Linnea', 'Elin', 'Sofia', 'Ingrid', 'Astrid', 'Freja'],
    m: ['Erik', 'Lars', 'Anders', 'Johan', 'Karl', 'Per', 'Mikael', 'Magnus', 'Nils', 'Oskar', 'Henrik', 'Mads'],
    last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Lindberg', 'Lindqvist', 'Berg', 'Hansen', 'Nielsen', 'Jensen', 'Lindström', 'Sjöberg'],
  },
  pl: {
    f: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Monika', 'Aleksandra', 'Natalia', 'Zofia', 'Małgorzata'],
    m: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Marcin', 'Michał', 'Łukasz', 'Jakub', 'Kamil', 'Grzegorz'],
    last: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Mazur'],
  },
  in: {
    f: ['Priya', 'Ananya', 'Divya', 'Neha', 'Pooja', 'Shreya', 'Kavya', 'Sneha', 'Aditi', 'Meera', 'Lakshmi', 'Ritu'],
    m: ['Rahul', 'Amit', 'Arjun', 'Vikram', 'Rohan', 'Sanjay', 'Karthik', 'Suresh', 'Aditya', 'Nikhil', 'Rajesh', 'Vivek'],
    last: ['Sharma', 'Patel', 'Gupta', 'Singh', 'Kumar', 'Reddy', 'Iyer', 'Nair', 'Rao', 'Mehta', 'Joshi', 'Verma', 'Krishnan', 'Menon', 'Agarwal', 'Chopra'],
  },
  sg: {
    f: ['Wei Ling', 'Hui Min', 'Rachel', 'Michelle', 'Jia Hui', 'Siti', 'Nur', 'Grace', 'Mei Ling', 'Yan Ting'],
    m: ['Wei Jie', 'Jun Hao', 'Kelvin', 'Marcus', 'Darren', 'Ahmad', 'Ravi', 'Zhi Wei', 'Jonathan', 'Daniel'],
    last: ['Tan', 'Lim', 'Lee', 'Ng', 'Ong', 'Wong', 'Goh', 'Chua', 'Chan', 'Koh', 'Teo', 'Ang', 'Yeo', 'Tay', 'Rahman', 'Pillai'],
  },
};

export interface Country {
  code: string;
  name: string;
  cities: readonly string[];
  /** state/region of each city (same order), US/CA/AU only */
  states?: readonly string[];
  names: NameCulture;
  language: TitleLanguage;
  /** company legal-form suffixes */
  legalForms: readonly string[];
  tld: string;
  /** world region used for regional roles */
  region: 'EMEA' | 'North America' | 'APAC' | 'LATAM';
}

export const COUNTRIES: Record<string, Country> = {
  US: { code: 'US', name: 'United States', cities: ['New York', 'San Francisco', 'Austin', 'Boston', 'Chicago', 'Seattle', 'Atlanta', 'Denver', 'Los Angeles', 'Raleigh', 'Miami', 'Minneapolis'], states: ['New York', 'California', 'Texas', 'Massachusetts', 'Illinois', 'Washington', 'Georgia', 'Colorado', 'California', 'North Carolina', 'Florida', 'Minnesota'], names: 'anglo', language: 'en', legalForms: ['Inc.', 'LLC', 'Corp.'], tld: 'com', region: 'North America' },
  CA: { code: 'CA', name: 'Canada', cities: ['Toronto', 'Vancouver', 'Montreal', 'Ottawa'], states: ['Ontario', 'British Columbia', 'Quebec', 'Ontario'], names: 'anglo', language: 'en', legalForms: ['Inc.', 'Ltd.'], tld: 'ca', region: 'North America' },
  GB: { code: 'GB', name: 'United Kingdom', cities: ['London', 'Manchester', 'Edinburgh', 'Bristol', 'Cambridge', 'Leeds', 'Birmingham'], names: 'anglo', language: 'en', legalForms: ['Ltd', 'Limited', 'plc'], tld: 'co.uk', region: 'EMEA' },
  IE: { code: 'IE', name: 'Ireland', cities: ['Dublin', 'Cork', 'Galway'], names: 'anglo', language: 'en', legalForms: ['Ltd', 'DAC'], tld: 'ie', region: 'EMEA' },
  DE: { code: 'DE', name: 'Germany', cities: ['Berlin', 'Munich', 'Hamburg', 'Frankfurt am Main', 'Cologne', 'Stuttgart', 'Düsseldorf', 'Leipzig'], names: 'de', language: 'de', legalForms: ['GmbH', 'AG', 'SE', 'GmbH & Co. KG'], tld: 'de', region: 'EMEA' },
  AT: { code: 'AT', name: 'Austria', cities: ['Vienna', 'Graz', 'Linz'], names: 'de', language: 'de', legalForms: ['GmbH', 'AG'], tld: 'at', region: 'EMEA' },
  CH: { code: 'CH', name: 'Switzerland', cities: ['Zurich', 'Basel', 'Geneva', 'Zug'], names: 'de', language: 'de', legalForms: ['AG', 'GmbH', 'SA'], tld: 'ch', region: 'EMEA' },
  FR: { code: 'FR', name: 'France', cities: ['Paris', 'Lyon', 'Toulouse', 'Nantes', 'Bordeaux', 'Lille', 'Marseille'], names: 'fr', language: 'fr', legalForms: ['SAS', 'SA', 'SARL'], tld: 'fr', region: 'EMEA' },
  BE: { code: 'BE', name: 'Belgium', cities: ['Brussels', 'Antwerp', 'Ghent'], names: 'nl', language: 'nl', legalForms: ['NV', 'BV', 'SA'], tld: 'be', region: 'EMEA' },
  NL: { code: 'NL', name: 'Netherlands', cities: ['Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven', 'The Hague'], names: 'nl', language: 'nl', legalForms: ['B.V.', 'N.V.'], tld: 'nl', region: 'EMEA' },
  ES: { code: 'ES', name: 'Spain', cities: ['Madrid', 'Barcelona', 'Valencia', 'Bilbao', 'Seville', 'Málaga'], names: 'es', language: 'es', legalForms: ['S.L.', 'S.A.'], tld: 'es', region: 'EMEA' },
  IT: { code: 'IT', name: 'Italy', cities: ['Milan', 'Rome', 'Turin', 'Bologna', 'Florence'], names: 'it', language: 'it', legalForms: ['S.r.l.', 'S.p.A.'], tld: 'it', region: 'EMEA' },
  PT: { code: 'PT', name: 'Portugal', cities: ['Lisbon', 'Porto', 'Braga'], names: 'pt', language: 'pt', legalForms: ['Lda.', 'S.A.'], tld: 'pt', region: 'EMEA' },
  SE: { code: 'SE', name: 'Sweden', cities: ['Stockholm', 'Gothenburg', 'Malmö'], names: 'nordic', language: 'en', legalForms: ['AB'], tld: 'se', region: 'EMEA' },
  DK: { code: 'DK', name: 'Denmark', cities: ['Copenhagen', 'Aarhus'], names: 'nordic', language: 'en', legalForms: ['A/S', 'ApS'], tld: 'dk', region: 'EMEA' },
  PL: { code: 'PL', name: 'Poland', cities: ['Warsaw', 'Kraków', 'Wrocław', 'Gdańsk'], names: 'pl', language: 'en', legalForms: ['Sp. z o.o.', 'S.A.'], tld: 'pl', region: 'EMEA' },
  IN: { code: 'IN', name: 'India', cities: ['Bengaluru', 'Pune', 'Hyderabad', 'Chennai', 'Gurugram'], names: 'in', language: 'en', legalForms: ['Pvt. Ltd.'], tld: 'in', region: 'APAC' },
  SG: { code: 'SG', name: 'Singapore', cities: ['Singapore'], names: 'sg', language: 'en', legalForms: ['Pte. Ltd.'], tld: 'sg', region: 'APAC' },
  AU: { code: 'AU', name: 'Australia', cities: ['Sydney', 'Melbourne', 'Brisbane'], states: ['New South Wales', 'Victoria', 'Queensland'], names: 'anglo', language: 'en', legalForms: ['Pty Ltd'], tld: 'com.au', region: 'APAC' },
  BR: { code: 'BR', name: 'Brazil', cities: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte'], names: 'pt', language: 'pt', legalForms: ['Ltda.', 'S.A.'], tld: 'com.br', region: 'LATAM' },
  MX: { code: 'MX', name: 'Mexico', cities: ['Mexico City', 'Monterrey', 'Guadalajara'], names: 'es', language: 'es', legalForms: ['S.A. de C.V.'], tld: 'mx', region: 'LATAM' },
};

/** HQ country mix of the universe (weights). */
export const HQ_COUNTRY_WEIGHTS: readonly (readonly [string, number])[] = [
  ['US', 30], ['GB', 10], ['DE', 10], ['FR', 7], ['ES', 5], ['NL', 5], ['IT', 4], ['PT', 3], ['CA', 3], ['IE', 2],
  ['AT', 1.5], ['CH', 2], ['BE', 1.5], ['SE', 2], ['DK', 1], ['PL', 2], ['IN', 3], ['SG', 1.5], ['AU', 2], ['BR', 2],
  ['MX', 1],
];

/** Countries used for regional offices, per region; the first is the usual regional hub. */
export const REGION_COUNTRIES: Record<Country['region'], readonly string[]> = {
  EMEA: ['GB', 'DE', 'FR', 'NL', 'ES', 'IT', 'IE', 'PT', 'PL', 'SE'],
  'North America': ['US', 'CA'],
  APAC: ['SG', 'AU', 'IN'],
  LATAM: ['BR', 'MX'],
};

/** Lower-case ASCII form of a name part for e-mail addresses and URL slugs ("Müller" → "muller", "O'Brien" → "obrien"). */
const slugCache = new Map<string, string>();

export function asciiSlug(s: string): string {
  let v = slugCache.get(s);
  if (v === undefined) {
    v = slugify(s);
    if (slugCache.size < 50_000) slugCache.set(s, v);
  }
  return v;
}

function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
