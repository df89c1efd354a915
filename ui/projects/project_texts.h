// SPDX-License-Identifier: GPL-3.0-or-later
// The words the project screens show for the codes of the domain, in the UI language.
#pragma once

#include "domain/project.h"

#include <QString>

namespace etw::project_texts {

QString status(const QString &code);      // "waiting_partners" → "Waiting for partners"
QString kind(const QString &code);        // "european" → "European project"
QString role(const QString &code);        // "founder" → "Founder"
QString memberState(const QString &code); // "invited" → "Invited"
QString decision(const QString &code);    // "approved" → "Approved"
// "École Jules Ferry (FR), Liceo Galilei (IT)": the active members' schools.
QString schools(const Project &project);

} // namespace etw::project_texts
