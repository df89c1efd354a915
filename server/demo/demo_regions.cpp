// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demo_regions.h"

#include <array>

namespace etw::server::demo {

namespace {

struct CityRegion
{
    const char *city;   // UTF-8, spelt as in demo_vocabulary.cpp
    const char *region; // ISO 3166-2; its prefix is the country
};

// Every city of frCities, itCities, deCities, esCities and plCities, in their order (tst_domain
// checks that none is missing). Cities are matched within the country: the same name elsewhere
// is another city.
constexpr std::array table{
    // France
    CityRegion{"Paris", "FR-IDF"},
    CityRegion{"Marseille", "FR-PAC"},
    CityRegion{"Lyon", "FR-ARA"},
    CityRegion{"Toulouse", "FR-OCC"},
    CityRegion{"Nice", "FR-PAC"},
    CityRegion{"Nantes", "FR-PDL"},
    CityRegion{"Montpellier", "FR-OCC"},
    CityRegion{"Strasbourg", "FR-GES"},
    CityRegion{"Bordeaux", "FR-NAQ"},
    CityRegion{"Lille", "FR-HDF"},
    CityRegion{"Rennes", "FR-BRE"},
    CityRegion{"Reims", "FR-GES"},
    CityRegion{"Toulon", "FR-PAC"},
    CityRegion{"Saint-Étienne", "FR-ARA"},
    CityRegion{"Grenoble", "FR-ARA"},
    CityRegion{"Dijon", "FR-BFC"},
    CityRegion{"Nancy", "FR-GES"},
    CityRegion{"Nîmes", "FR-OCC"},
    CityRegion{"Villeurbanne", "FR-ARA"},
    CityRegion{"Clermont-Ferrand", "FR-ARA"},
    CityRegion{"Caen", "FR-NOR"},
    CityRegion{"Brest", "FR-BRE"},
    CityRegion{"Tours", "FR-CVL"},
    CityRegion{"Mulhouse", "FR-GES"},
    CityRegion{"Limoges", "FR-NAQ"},
    CityRegion{"Perpignan", "FR-OCC"},
    CityRegion{"Metz", "FR-GES"},
    CityRegion{"Besançon", "FR-BFC"},
    CityRegion{"Poitiers", "FR-NAQ"},
    CityRegion{"Rouen", "FR-NOR"},
    // Italy
    CityRegion{"Roma", "IT-62"},
    CityRegion{"Milano", "IT-25"},
    CityRegion{"Napoli", "IT-72"},
    CityRegion{"Torino", "IT-21"},
    CityRegion{"Palermo", "IT-82"},
    CityRegion{"Genova", "IT-42"},
    CityRegion{"Bologna", "IT-45"},
    CityRegion{"Firenze", "IT-52"},
    CityRegion{"Bari", "IT-75"},
    CityRegion{"Catania", "IT-82"},
    CityRegion{"Venezia", "IT-34"},
    CityRegion{"Verona", "IT-34"},
    CityRegion{"Messina", "IT-82"},
    CityRegion{"Padova", "IT-34"},
    CityRegion{"Trieste", "IT-36"},
    CityRegion{"Brescia", "IT-25"},
    CityRegion{"Parma", "IT-45"},
    CityRegion{"Taranto", "IT-75"},
    CityRegion{"Prato", "IT-52"},
    CityRegion{"Modena", "IT-45"},
    CityRegion{"Reggio Calabria", "IT-78"},
    CityRegion{"Perugia", "IT-55"},
    CityRegion{"Cagliari", "IT-88"},
    CityRegion{"Livorno", "IT-52"},
    CityRegion{"Ravenna", "IT-45"},
    CityRegion{"Foggia", "IT-75"},
    CityRegion{"Rimini", "IT-45"},
    CityRegion{"Salerno", "IT-72"},
    CityRegion{"Lecce", "IT-75"},
    CityRegion{"Trento", "IT-32"},
    // Germany
    CityRegion{"Berlin", "DE-BE"},
    CityRegion{"Hamburg", "DE-HH"},
    CityRegion{"München", "DE-BY"},
    CityRegion{"Köln", "DE-NW"},
    CityRegion{"Frankfurt am Main", "DE-HE"},
    CityRegion{"Stuttgart", "DE-BW"},
    CityRegion{"Düsseldorf", "DE-NW"},
    CityRegion{"Leipzig", "DE-SN"},
    CityRegion{"Dortmund", "DE-NW"},
    CityRegion{"Essen", "DE-NW"},
    CityRegion{"Bremen", "DE-HB"},
    CityRegion{"Dresden", "DE-SN"},
    CityRegion{"Hannover", "DE-NI"},
    CityRegion{"Nürnberg", "DE-BY"},
    CityRegion{"Duisburg", "DE-NW"},
    CityRegion{"Bochum", "DE-NW"},
    CityRegion{"Wuppertal", "DE-NW"},
    CityRegion{"Bielefeld", "DE-NW"},
    CityRegion{"Bonn", "DE-NW"},
    CityRegion{"Münster", "DE-NW"},
    CityRegion{"Mannheim", "DE-BW"},
    CityRegion{"Karlsruhe", "DE-BW"},
    CityRegion{"Augsburg", "DE-BY"},
    CityRegion{"Wiesbaden", "DE-HE"},
    CityRegion{"Freiburg im Breisgau", "DE-BW"},
    CityRegion{"Lübeck", "DE-SH"},
    CityRegion{"Rostock", "DE-MV"},
    CityRegion{"Erfurt", "DE-TH"},
    CityRegion{"Kassel", "DE-HE"},
    CityRegion{"Göttingen", "DE-NI"},
    // Spain
    CityRegion{"Madrid", "ES-MD"},
    CityRegion{"Barcelona", "ES-CT"},
    CityRegion{"Valencia", "ES-VC"},
    CityRegion{"Sevilla", "ES-AN"},
    CityRegion{"Zaragoza", "ES-AR"},
    CityRegion{"Málaga", "ES-AN"},
    CityRegion{"Murcia", "ES-MC"},
    CityRegion{"Palma", "ES-IB"},
    CityRegion{"Las Palmas de Gran Canaria", "ES-CN"},
    CityRegion{"Bilbao", "ES-PV"},
    CityRegion{"Alicante", "ES-VC"},
    CityRegion{"Córdoba", "ES-AN"},
    CityRegion{"Valladolid", "ES-CL"},
    CityRegion{"Vigo", "ES-GA"},
    CityRegion{"Gijón", "ES-AS"},
    CityRegion{"L'Hospitalet de Llobregat", "ES-CT"},
    CityRegion{"Vitoria-Gasteiz", "ES-PV"},
    CityRegion{"A Coruña", "ES-GA"},
    CityRegion{"Granada", "ES-AN"},
    CityRegion{"Elche", "ES-VC"},
    CityRegion{"Oviedo", "ES-AS"},
    CityRegion{"Badalona", "ES-CT"},
    CityRegion{"Cartagena", "ES-MC"},
    CityRegion{"Terrassa", "ES-CT"},
    CityRegion{"Jerez de la Frontera", "ES-AN"},
    CityRegion{"Sabadell", "ES-CT"},
    CityRegion{"Pamplona", "ES-NC"},
    CityRegion{"Almería", "ES-AN"},
    CityRegion{"Santander", "ES-CB"},
    CityRegion{"Salamanca", "ES-CL"},
    CityRegion{"Cáceres", "ES-EX"},
    CityRegion{"Toledo", "ES-CM"},
    // Poland
    CityRegion{"Warszawa", "PL-14"},
    CityRegion{"Kraków", "PL-12"},
    CityRegion{"Wrocław", "PL-02"},
    CityRegion{"Łódź", "PL-10"},
    CityRegion{"Poznań", "PL-30"},
    CityRegion{"Gdańsk", "PL-22"},
    CityRegion{"Szczecin", "PL-32"},
    CityRegion{"Bydgoszcz", "PL-04"},
    CityRegion{"Lublin", "PL-06"},
    CityRegion{"Białystok", "PL-20"},
    CityRegion{"Katowice", "PL-24"},
    CityRegion{"Gdynia", "PL-22"},
    CityRegion{"Częstochowa", "PL-24"},
    CityRegion{"Radom", "PL-14"},
    CityRegion{"Rzeszów", "PL-18"},
    CityRegion{"Toruń", "PL-04"},
    CityRegion{"Sosnowiec", "PL-24"},
    CityRegion{"Kielce", "PL-26"},
    CityRegion{"Gliwice", "PL-24"},
    CityRegion{"Olsztyn", "PL-28"},
    CityRegion{"Zabrze", "PL-24"},
    CityRegion{"Bielsko-Biała", "PL-24"},
    CityRegion{"Bytom", "PL-24"},
    CityRegion{"Zielona Góra", "PL-08"},
    CityRegion{"Rybnik", "PL-24"},
    CityRegion{"Ruda Śląska", "PL-24"},
    CityRegion{"Opole", "PL-16"},
    CityRegion{"Tychy", "PL-24"},
    // Lubuskie despite its name ("of Greater Poland"), which is older than the voivodeships.
    CityRegion{"Gorzów Wielkopolski", "PL-08"},
    CityRegion{"Elbląg", "PL-28"},
    CityRegion{"Płock", "PL-14"},
    CityRegion{"Wałbrzych", "PL-02"},
};

} // namespace

QString demoRegion(const QString &country, const QString &city)
{
    if (country.isEmpty())
        return {};
    const QString prefix = country + u'-';
    for (const CityRegion &entry : table) {
        const QString region = QString::fromLatin1(entry.region);
        if (region.startsWith(prefix) && city == QString::fromUtf8(entry.city))
            return region;
    }
    return {};
}

} // namespace etw::server::demo
