// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include <array>

namespace citylab::demodata {

namespace {

constexpr std::array placeTable{
    Place{"Piazza Castello", "Circoscrizione 1 Centro-Crocetta", 45.0712, 7.6863},
    Place{"Porta Nuova", "Circoscrizione 1 Centro-Crocetta", 45.0621, 7.6785},
    Place{"Piazza Vittorio Veneto", "Circoscrizione 1 Centro-Crocetta", 45.0650, 7.6950},
    Place{"Crocetta", "Circoscrizione 1 Centro-Crocetta", 45.0560, 7.6680},
    Place{"Politecnico, corso Duca degli Abruzzi", "Circoscrizione 1 Centro-Crocetta", 45.0625, 7.6620},
    Place{"Santa Rita", "Circoscrizione 2 Santa Rita-Mirafiori Nord", 45.0420, 7.6430},
    Place{"Mirafiori Nord", "Circoscrizione 2 Santa Rita-Mirafiori Nord", 45.0460, 7.6240},
    Place{"Parco Ruffini", "Circoscrizione 3 San Paolo-Cenisia-Pozzo Strada", 45.0600, 7.6390},
    Place{"Corso Francia", "Circoscrizione 3 San Paolo-Cenisia-Pozzo Strada", 45.0760, 7.6330},
    Place{"Pozzo Strada", "Circoscrizione 3 San Paolo-Cenisia-Pozzo Strada", 45.0650, 7.6150},
    Place{"Parco della Pellerina", "Circoscrizione 4 San Donato-Campidoglio-Parella", 45.0860, 7.6350},
    Place{"San Donato", "Circoscrizione 4 San Donato-Campidoglio-Parella", 45.0800, 7.6620},
    Place{"Parco Dora", "Circoscrizione 5 Borgo Vittoria-Madonna di Campagna-Lucento-Vallette", 45.0890, 7.6700},
    Place{"Vallette", "Circoscrizione 5 Borgo Vittoria-Madonna di Campagna-Lucento-Vallette", 45.1080, 7.6340},
    Place{"Madonna di Campagna", "Circoscrizione 5 Borgo Vittoria-Madonna di Campagna-Lucento-Vallette", 45.1030, 7.6610},
    Place{"Barriera di Milano", "Circoscrizione 6 Barriera di Milano-Regio Parco-Barca-Bertolla", 45.0990, 7.6950},
    Place{"Parco Colletta", "Circoscrizione 6 Barriera di Milano-Regio Parco-Barca-Bertolla", 45.0920, 7.7140},
    Place{"Bertolla", "Circoscrizione 6 Barriera di Milano-Regio Parco-Barca-Bertolla", 45.1060, 7.7360},
    Place{"Aurora", "Circoscrizione 7 Aurora-Vanchiglia-Sassi-Madonna del Pilone", 45.0810, 7.6900},
    Place{"Vanchiglia", "Circoscrizione 7 Aurora-Vanchiglia-Sassi-Madonna del Pilone", 45.0710, 7.7010},
    Place{"Sassi", "Circoscrizione 7 Aurora-Vanchiglia-Sassi-Madonna del Pilone", 45.0820, 7.7300},
    Place{"Parco del Valentino", "Circoscrizione 8 San Salvario-Cavoretto-Borgo Po-Nizza Millefonti-Lingotto-Filadelfia", 45.0540, 7.6860},
    Place{"San Salvario", "Circoscrizione 8 San Salvario-Cavoretto-Borgo Po-Nizza Millefonti-Lingotto-Filadelfia", 45.0580, 7.6800},
    Place{"Lingotto", "Circoscrizione 8 San Salvario-Cavoretto-Borgo Po-Nizza Millefonti-Lingotto-Filadelfia", 45.0320, 7.6650},
    Place{"Nizza Millefonti", "Circoscrizione 8 San Salvario-Cavoretto-Borgo Po-Nizza Millefonti-Lingotto-Filadelfia", 45.0380, 7.6720},
    Place{"Mirafiori Sud", "Circoscrizione 2 Santa Rita-Mirafiori Nord", 45.0230, 7.6180},
    Place{"Parco Colonnetti", "Circoscrizione 2 Santa Rita-Mirafiori Nord", 45.0180, 7.6300},
    Place{"Environment Park", "Circoscrizione 4 San Donato-Campidoglio-Parella", 45.0870, 7.6680},
    Place{"Ospedale Molinette", "Circoscrizione 8 San Salvario-Cavoretto-Borgo Po-Nizza Millefonti-Lingotto-Filadelfia", 45.0410, 7.6750},
    Place{"Borgo Po", "Circoscrizione 8 San Salvario-Cavoretto-Borgo Po-Nizza Millefonti-Lingotto-Filadelfia", 45.0600, 7.7050},
};

constexpr std::array authorityTable{
    Authority{"ENAC - Ente Nazionale per l'Aviazione Civile", "ENAC", "authority", "protocollo@pec.enac.gov.it", "Roma", 60, false},
    Authority{"Ministero delle Infrastrutture e dei Trasporti", "MIT", "authority", "dg.sicurezza.stradale@pec.mit.gov.it", "Roma", 90, false},
    Authority{"AGCOM - Autorità per le Garanzie nelle Comunicazioni", "AGCOM", "authority", "agcom@cert.agcom.it", "Napoli", 60, false},
    Authority{"Ministero delle Imprese e del Made in Italy", "MIMIT", "authority", "dgscerp.div04@pec.mise.gov.it", "Roma", 45, false},
    Authority{"Polizia Municipale di Torino", "Polizia Municipale", "authority", "polizia.municipale@cert.comune.torino.it", "Torino", 30, false},
    Authority{"Soprintendenza Archeologia Belle Arti e Paesaggio per la Città metropolitana di Torino", "Soprintendenza", "authority", "sabap-to@pec.cultura.gov.it", "Torino", 45, true},
    Authority{"ARPA Piemonte", "ARPA", "authority", "protocollo@pec.arpa.piemonte.it", "Torino", 30, false},
    Authority{"Garante per la protezione dei dati personali", "Garante Privacy", "authority", "protocollo@pec.gpdp.it", "Roma", 56, false},
    Authority{"Dipartimento per la trasformazione digitale - Sperimentazione Italia", "DTD", "authority", "sperimentazione.italia@pec.governo.it", "Roma", 30, false},
    Authority{"Città di Torino - Area Suolo Pubblico", "Suolo Pubblico", "public_body", "suolopubblico@cert.comune.torino.it", "Torino", 30, false},
};

constexpr std::array researchTable{
    Authority{"Politecnico di Torino", "PoliTo", "university", "politecnicoditorino@pec.polito.it", "Torino", 0, false},
    Authority{"Università degli Studi di Torino", "UniTo", "university", "ateneo@pec.unito.it", "Torino", 0, false},
    Authority{"Fondazione LINKS", "LINKS", "research_centre", "linksfoundation@legalmail.it", "Torino", 0, false},
    Authority{"Istituto Italiano di Tecnologia - Centro di Torino", "IIT", "research_centre", "iit@pec.iit.it", "Torino", 0, false},
    Authority{"CNR - Istituto di Elettronica e Ingegneria dell'Informazione", "CNR-IEIIT", "research_centre", "protocollo.ieiit@pec.cnr.it", "Torino", 0, false},
};

constexpr std::array metricTable{
    MetricDefinition{"UAS_FLIGHTS", "Voli completati", "voli", "higher_is_better", "integer", "drones", 4, 12},
    MetricDefinition{"UAS_DELIVERY_MIN", "Tempo medio di consegna", "min", "lower_is_better", "real", "drones", 24, 14},
    MetricDefinition{"UAS_NOISE_DB", "Rumore al suolo", "dB(A)", "lower_is_better", "real", "drones", 68, 60},
    MetricDefinition{"AV_KM", "Chilometri percorsi in autonomia", "km", "higher_is_better", "real", "autonomous_mobility", 40, 120},
    MetricDefinition{"AV_DISENGAGE", "Disingaggi ogni 100 km", "n/100 km", "lower_is_better", "real", "autonomous_mobility", 6, 1.5},
    MetricDefinition{"AV_PASSENGERS", "Passeggeri trasportati", "passeggeri", "higher_is_better", "integer", "autonomous_mobility", 30, 110},
    MetricDefinition{"NET_LATENCY_MS", "Latenza end-to-end", "ms", "lower_is_better", "real", "telecom_5g", 28, 10},
    MetricDefinition{"NET_THROUGHPUT", "Throughput medio in downlink", "Mbit/s", "higher_is_better", "real", "telecom_5g", 350, 900},
    MetricDefinition{"NET_COVERAGE", "Copertura dell'area", "%", "higher_is_better", "real", "telecom_5g", 62, 95},
    MetricDefinition{"ROB_DELIVERIES", "Consegne robotizzate", "consegne", "higher_is_better", "integer", "robotics", 15, 60},
    MetricDefinition{"ROB_INCIDENTS", "Interventi di un operatore", "interventi", "lower_is_better", "integer", "robotics", 5, 1},
    MetricDefinition{"EN_KWH_SAVED", "Energia risparmiata", "kWh", "higher_is_better", "real", "energy", 120, 420},
    MetricDefinition{"EN_PEAK_KW", "Picco di potenza", "kW", "lower_is_better", "real", "energy", 85, 60},
    MetricDefinition{"ENV_PM10", "Concentrazione di PM10", "µg/m³", "lower_is_better", "real", "environment", 42, 30},
    MetricDefinition{"ENV_NO2", "Concentrazione di NO₂", "µg/m³", "lower_is_better", "real", "environment", 48, 35},
    MetricDefinition{"SRV_REQUESTS", "Richieste di servizio gestite", "richieste", "higher_is_better", "integer", "public_services", 80, 240},
    MetricDefinition{"SRV_SATISFACTION", "Soddisfazione degli utenti", "punti su 10", "higher_is_better", "real", "public_services", 6.2, 8.0},
};

constexpr std::array requestTable{
    RequestTemplate{"drones", "ENAC", "authorization", "Reg. (UE) 2019/947, art. 12; Regolamento ENAC UAS-IT",
                    "Autorizzazione operativa UAS in categoria specific sopra area urbana"},
    RequestTemplate{"drones", "Suolo Pubblico", "authorization", "Regolamento COSAP della Città di Torino",
                    "Occupazione di suolo pubblico per l'area di decollo e atterraggio"},
    RequestTemplate{"drones", "Soprintendenza", "opinion", "D.Lgs. 42/2004, art. 21",
                    "Parere sul sorvolo di beni tutelati"},
    RequestTemplate{"autonomous_mobility", "MIT", "authorization", "DM 28 febbraio 2018 (Smart Road), art. 9",
                    "Autorizzazione alla sperimentazione su strada pubblica di veicoli a guida automatica"},
    RequestTemplate{"autonomous_mobility", "Polizia Municipale", "opinion", "D.Lgs. 285/1992 (Codice della strada), art. 7",
                    "Nulla osta del gestore della strada sui tratti della sperimentazione"},
    RequestTemplate{"telecom_5g", "MIMIT", "authorization", "D.Lgs. 259/2003 (Codice delle comunicazioni elettroniche), art. 104",
                    "Autorizzazione temporanea all'uso sperimentale di frequenze"},
    RequestTemplate{"telecom_5g", "ARPA", "opinion", "L. 36/2001; DPCM 8 luglio 2003",
                    "Parere sull'esposizione ai campi elettromagnetici"},
    RequestTemplate{"telecom_5g", "AGCOM", "notification", "Delibera AGCOM 231/18/CONS",
                    "Comunicazione di avvio della sperimentazione di rete"},
    RequestTemplate{"robotics", "Polizia Municipale", "authorization", "D.Lgs. 285/1992 (Codice della strada), art. 190",
                    "Autorizzazione alla circolazione di robot di consegna sui marciapiedi"},
    RequestTemplate{"robotics", "DTD", "art36", "DL 76/2020, art. 36 (Sperimentazione Italia)",
                    "Deroga temporanea alle norme sulla circolazione dei dispositivi di micromobilità robotica"},
    RequestTemplate{"energy", "ARPA", "opinion", "D.Lgs. 152/2006",
                    "Parere ambientale sull'installazione degli accumuli"},
    RequestTemplate{"energy", "DTD", "art36", "DL 76/2020, art. 36 (Sperimentazione Italia)",
                    "Deroga temporanea per la comunità energetica sperimentale"},
    RequestTemplate{"environment", "ARPA", "opinion", "D.Lgs. 155/2010",
                    "Validazione dei sensori di qualità dell'aria"},
    RequestTemplate{"environment", "Suolo Pubblico", "authorization", "Regolamento COSAP della Città di Torino",
                    "Occupazione di suolo pubblico per le centraline di misura"},
    RequestTemplate{"public_services", "Garante Privacy", "opinion", "Reg. (UE) 2016/679, art. 36",
                    "Consultazione preventiva sulla valutazione d'impatto (DPIA)"},
    RequestTemplate{"public_services", "DTD", "simplification", "DL 76/2020, art. 36 (Sperimentazione Italia)",
                    "Proposta di semplificazione delle procedure di accesso al servizio"},
};

constexpr std::array stems{"Mole", "Aurora", "Dora", "Superga", "Lingotto", "Valentino", "Po",
                           "Sabauda", "Taurus", "Alpi", "Gran Madre", "Castello", "Murazzi",
                           "Crocetta", "Vanchiglia", "Monviso", "Stura", "Sangone", "Collina",
                           "Pellerina", "Carignano", "Barriera", "Cit Turin", "Regio", "Bogianen"};
constexpr std::array droneSectors{"Droni", "Air Logistics", "Sky Services", "UAV Lab", "Aerospace"};
constexpr std::array mobilitySectors{"Mobility", "Autonomous Shuttle", "Smart Road", "Drive Lab", "Transit"};
constexpr std::array telecomSectors{"Networks", "5G Lab", "Telecom", "Edge Computing", "Wireless"};
constexpr std::array roboticsSectors{"Robotics", "Automation", "Delivery Robots", "Mechatronics", "Bots"};
constexpr std::array energySectors{"Energia", "Power Grid", "Smart Energy", "Solar", "Storage"};
constexpr std::array environmentSectors{"Ambiente", "Air Sensing", "Green Tech", "Clima", "Eco Data"};
constexpr std::array serviceSectors{"Civic Tech", "Servizi Digitali", "Urban Data", "Smart City", "GovTech"};

constexpr std::array firstNameTable{"Giulia", "Marco", "Chiara", "Luca", "Francesca", "Alessandro",
                                    "Sara", "Matteo", "Elena", "Davide", "Martina", "Andrea", "Silvia",
                                    "Stefano", "Valentina", "Paolo", "Federica", "Simone", "Anna",
                                    "Riccardo", "Laura", "Giorgio", "Beatrice", "Nicolò"};
constexpr std::array lastNameTable{"Rossi", "Ferrero", "Bianco", "Gallo", "Colombo", "Ricci",
                                   "Marino", "Greco", "Bruno", "Costa", "Fontana", "Conti", "Rinaldi",
                                   "Barbero", "Gili", "Bertola", "Cravero", "Actis", "Giordano",
                                   "Lombardi", "Moretti", "Esposito", "Martini", "Vercellone"};
constexpr std::array officerTable{"Giulia Ferrero", "Marco Bertola", "Chiara Gili", "Luca Cravero",
                                  "Francesca Actis", "Davide Barbero"};

constexpr std::array droneTitles{"Consegna di farmaci con droni verso %1",
                                 "Monitoraggio con droni dell'area di %1",
                                 "Trasporto di campioni di laboratorio in volo fino a %1",
                                 "Ispezione di infrastrutture con droni a %1",
                                 "Droni per la sicurezza degli eventi a %1"};
constexpr std::array mobilityTitles{"Navetta a guida autonoma a %1",
                                    "Servizio di bus autonomo di quartiere a %1",
                                    "Car sharing con parcheggio automatico a %1",
                                    "Veicoli connessi e semafori intelligenti a %1",
                                    "Micromobilità condivisa con guida assistita a %1"};
constexpr std::array telecomTitles{"Rete 5G standalone a %1",
                                   "Small cell 5G sull'illuminazione pubblica a %1",
                                   "Edge computing per servizi urbani a %1",
                                   "Realtà aumentata su 5G per il turismo a %1",
                                   "Connettività privata 5G per i servizi d'emergenza a %1"};
constexpr std::array roboticsTitles{"Robot di consegna dell'ultimo miglio a %1",
                                    "Robot per la pulizia delle strade a %1",
                                    "Robot di assistenza nei servizi pubblici a %1",
                                    "Logistica robotizzata per i mercati rionali a %1"};
constexpr std::array energyTitles{"Comunità energetica sperimentale a %1",
                                  "Illuminazione pubblica adattiva a %1",
                                  "Ricarica bidirezionale dei veicoli elettrici a %1",
                                  "Accumulo di quartiere con batterie di seconda vita a %1"};
constexpr std::array environmentTitles{"Sensori di qualità dell'aria a basso costo a %1",
                                       "Monitoraggio delle isole di calore a %1",
                                       "Gestione intelligente dell'irrigazione del verde a %1",
                                       "Misura del rumore urbano a %1"};
constexpr std::array serviceTitles{"Sportello digitale di prossimità a %1",
                                   "Raccolta rifiuti con cassonetti intelligenti a %1",
                                   "Prenotazione dei servizi con assistente vocale a %1",
                                   "Segnalazioni civiche geolocalizzate a %1"};

constexpr std::array meetingSummaries{"Riunione di avvio con %1", "Incontro tecnico con %1 sul piano di test",
                                      "Sopralluogo con %1", "Comitato tecnico con %1"};
constexpr std::array callSummaries{"Telefonata con %1 sulle tempistiche", "Chiamata con %1 sui dati raccolti",
                                   "Call di aggiornamento con %1"};
constexpr std::array emailSummaries{"E-mail a %1 con la bozza di accordo", "E-mail da %1 con il report mensile",
                                    "Richiesta di documenti a %1"};
constexpr std::array pecSummaries{"PEC di trasmissione dell'istanza a %1", "PEC da %1 con richiesta di integrazioni",
                                  "PEC di invio delle integrazioni a %1"};
constexpr std::array letterSummaries{"Lettera di manifestazione d'interesse di %1", "Lettera di sostegno a %1"};
constexpr std::array noteSummaries{"Nota interna: verificare le assicurazioni di %1",
                                   "Nota interna: aggiornare il cronoprogramma con %1"};

} // namespace

std::span<const Place> places() { return placeTable; }
std::span<const Authority> authorities() { return authorityTable; }
std::span<const Authority> researchBodies() { return researchTable; }
std::span<const MetricDefinition> metrics() { return metricTable; }
std::span<const RequestTemplate> requestTemplates() { return requestTable; }
std::span<const char *const> companyStems() { return stems; }
std::span<const char *const> firstNames() { return firstNameTable; }
std::span<const char *const> lastNames() { return lastNameTable; }
std::span<const char *const> officers() { return officerTable; }

std::span<const char *const> companySectors(const QString &domain)
{
    if (domain == QLatin1String("drones")) return droneSectors;
    if (domain == QLatin1String("autonomous_mobility")) return mobilitySectors;
    if (domain == QLatin1String("telecom_5g")) return telecomSectors;
    if (domain == QLatin1String("robotics")) return roboticsSectors;
    if (domain == QLatin1String("energy")) return energySectors;
    if (domain == QLatin1String("environment")) return environmentSectors;
    return serviceSectors;
}

std::span<const char *const> titleTemplates(const QString &domain)
{
    if (domain == QLatin1String("drones")) return droneTitles;
    if (domain == QLatin1String("autonomous_mobility")) return mobilityTitles;
    if (domain == QLatin1String("telecom_5g")) return telecomTitles;
    if (domain == QLatin1String("robotics")) return roboticsTitles;
    if (domain == QLatin1String("energy")) return energyTitles;
    if (domain == QLatin1String("environment")) return environmentTitles;
    return serviceTitles;
}

std::span<const char *const> interactionSummaries(const QString &kind)
{
    if (kind == QLatin1String("meeting")) return meetingSummaries;
    if (kind == QLatin1String("call")) return callSummaries;
    if (kind == QLatin1String("email")) return emailSummaries;
    if (kind == QLatin1String("pec")) return pecSummaries;
    if (kind == QLatin1String("letter")) return letterSummaries;
    return noteSummaries;
}

} // namespace citylab::demodata
