// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/regions.h"

#include <QHash>

#include <array>

namespace etw::regions {

namespace {

struct Region
{
    const char *code;    // ISO 3166-2
    const char *country; // ISO 3166-1 alpha-2
    const char *name;    // UTF-8, in the region's own language
};

// The level a regional correspondent works at. Each country's rows are written alphabetically by
// name in that country's language (Polish puts Ł after L): codes() keeps this order, which does
// not depend on the locale of the computer.
constexpr std::array table{
    // France: the 13 metropolitan régions and the 5 overseas ones. ISO 3166-2:FR codes the overseas
    // regions by their department numbers since the FR-GP, FR-MQ, FR-GF, FR-RE and FR-YT codes
    // were withdrawn (they repeated the ISO 3166-1 codes of those territories).
    Region{"FR-ARA", "FR", "Auvergne-Rhône-Alpes"},
    Region{"FR-BFC", "FR", "Bourgogne-Franche-Comté"},
    Region{"FR-BRE", "FR", "Bretagne"},
    Region{"FR-CVL", "FR", "Centre-Val de Loire"},
    Region{"FR-20R", "FR", "Corse"},
    Region{"FR-GES", "FR", "Grand Est"},
    Region{"FR-971", "FR", "Guadeloupe"},
    Region{"FR-973", "FR", "Guyane"},
    Region{"FR-HDF", "FR", "Hauts-de-France"},
    Region{"FR-IDF", "FR", "Île-de-France"},
    Region{"FR-974", "FR", "La Réunion"},
    Region{"FR-972", "FR", "Martinique"},
    Region{"FR-976", "FR", "Mayotte"},
    Region{"FR-NOR", "FR", "Normandie"},
    Region{"FR-NAQ", "FR", "Nouvelle-Aquitaine"},
    Region{"FR-OCC", "FR", "Occitanie"},
    Region{"FR-PDL", "FR", "Pays de la Loire"},
    Region{"FR-PAC", "FR", "Provence-Alpes-Côte d'Azur"},
    // Italy: the 20 regioni.
    Region{"IT-65", "IT", "Abruzzo"},
    Region{"IT-77", "IT", "Basilicata"},
    Region{"IT-78", "IT", "Calabria"},
    Region{"IT-72", "IT", "Campania"},
    Region{"IT-45", "IT", "Emilia-Romagna"},
    Region{"IT-36", "IT", "Friuli-Venezia Giulia"},
    Region{"IT-62", "IT", "Lazio"},
    Region{"IT-42", "IT", "Liguria"},
    Region{"IT-25", "IT", "Lombardia"},
    Region{"IT-57", "IT", "Marche"},
    Region{"IT-67", "IT", "Molise"},
    Region{"IT-21", "IT", "Piemonte"},
    Region{"IT-75", "IT", "Puglia"},
    Region{"IT-88", "IT", "Sardegna"},
    Region{"IT-82", "IT", "Sicilia"},
    Region{"IT-52", "IT", "Toscana"},
    Region{"IT-32", "IT", "Trentino-Alto Adige"},
    Region{"IT-55", "IT", "Umbria"},
    Region{"IT-23", "IT", "Valle d'Aosta"},
    Region{"IT-34", "IT", "Veneto"},
    // Germany: the 16 Länder (schools are the Länder's business).
    Region{"DE-BW", "DE", "Baden-Württemberg"},
    Region{"DE-BY", "DE", "Bayern"},
    Region{"DE-BE", "DE", "Berlin"},
    Region{"DE-BB", "DE", "Brandenburg"},
    Region{"DE-HB", "DE", "Bremen"},
    Region{"DE-HH", "DE", "Hamburg"},
    Region{"DE-HE", "DE", "Hessen"},
    Region{"DE-MV", "DE", "Mecklenburg-Vorpommern"},
    Region{"DE-NI", "DE", "Niedersachsen"},
    Region{"DE-NW", "DE", "Nordrhein-Westfalen"},
    Region{"DE-RP", "DE", "Rheinland-Pfalz"},
    Region{"DE-SL", "DE", "Saarland"},
    Region{"DE-SN", "DE", "Sachsen"},
    Region{"DE-ST", "DE", "Sachsen-Anhalt"},
    Region{"DE-SH", "DE", "Schleswig-Holstein"},
    Region{"DE-TH", "DE", "Thüringen"},
    // Spain: the 17 comunidades autónomas and the autonomous cities Ceuta and Melilla. Where a
    // statute names the community in its own language, that name: Catalunya, Comunitat
    // Valenciana, Illes Balears, Euskadi ("Euskadi o País Vasco").
    Region{"ES-AN", "ES", "Andalucía"},
    Region{"ES-AR", "ES", "Aragón"},
    Region{"ES-AS", "ES", "Asturias"},
    Region{"ES-CN", "ES", "Canarias"},
    Region{"ES-CB", "ES", "Cantabria"},
    Region{"ES-CL", "ES", "Castilla y León"},
    Region{"ES-CM", "ES", "Castilla-La Mancha"},
    Region{"ES-CT", "ES", "Catalunya"},
    Region{"ES-CE", "ES", "Ceuta"},
    Region{"ES-MD", "ES", "Comunidad de Madrid"},
    Region{"ES-VC", "ES", "Comunitat Valenciana"},
    Region{"ES-PV", "ES", "Euskadi"},
    Region{"ES-EX", "ES", "Extremadura"},
    Region{"ES-GA", "ES", "Galicia"},
    Region{"ES-IB", "ES", "Illes Balears"},
    Region{"ES-RI", "ES", "La Rioja"},
    Region{"ES-ML", "ES", "Melilla"},
    Region{"ES-NC", "ES", "Navarra"},
    Region{"ES-MC", "ES", "Región de Murcia"},
    // Poland: the 16 voivodeships, with the numeric codes ISO 3166-2:PL has used since 2018 (they
    // replaced PL-DS, PL-KP, …). Polish writes the second half of a compound name in lower case.
    Region{"PL-02", "PL", "Dolnośląskie"},
    Region{"PL-04", "PL", "Kujawsko-pomorskie"},
    Region{"PL-06", "PL", "Lubelskie"},
    Region{"PL-08", "PL", "Lubuskie"},
    Region{"PL-10", "PL", "Łódzkie"},
    Region{"PL-12", "PL", "Małopolskie"},
    Region{"PL-14", "PL", "Mazowieckie"},
    Region{"PL-16", "PL", "Opolskie"},
    Region{"PL-18", "PL", "Podkarpackie"},
    Region{"PL-20", "PL", "Podlaskie"},
    Region{"PL-22", "PL", "Pomorskie"},
    Region{"PL-24", "PL", "Śląskie"},
    Region{"PL-26", "PL", "Świętokrzyskie"},
    Region{"PL-28", "PL", "Warmińsko-mazurskie"},
    Region{"PL-30", "PL", "Wielkopolskie"},
    Region{"PL-32", "PL", "Zachodniopomorskie"},
};

const Region *find(const QString &regionCode)
{
    for (const Region &region : table)
        if (regionCode == QLatin1StringView(region.code))
            return &region;
    return nullptr;
}

} // namespace

const QStringList &codes(const QString &countryCode)
{
    // Built once: a returned reference must outlive the call.
    static const QHash<QString, QStringList> byCountry = [] {
        QHash<QString, QStringList> out;
        for (const Region &region : table)
            out[QString::fromLatin1(region.country)].append(QString::fromLatin1(region.code));
        return out;
    }();
    static const QStringList none;
    const auto it = byCountry.constFind(countryCode);
    return it == byCountry.constEnd() ? none : *it;
}

bool isRegion(const QString &countryCode, const QString &regionCode)
{
    const Region *region = find(regionCode);
    return region && countryCode == QLatin1StringView(region->country);
}

QString countryOf(const QString &regionCode)
{
    const Region *region = find(regionCode);
    return region ? QString::fromLatin1(region->country) : QString();
}

QString name(const QString &regionCode)
{
    const Region *region = find(regionCode);
    return region ? QString::fromUtf8(region->name) : regionCode;
}

QStringList countriesWithRegions()
{
    QStringList out;
    for (const Region &region : table) {
        const QString country = QString::fromLatin1(region.country);
        if (!out.contains(country))
            out.append(country);
    }
    return out;
}

} // namespace etw::regions
