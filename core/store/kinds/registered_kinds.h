// SPDX-License-Identifier: GPL-3.0-or-later
// The entity kinds of this version, one file each; kinds.cpp puts them in their scopes.
#pragma once

#include "store/kinds/entity_kind.h"

namespace etw::kinds {

const EntityKind &directoryKind();         // teachers and schools of the partner directory
const EntityKind &profileKind();           // the account's own teacher profile
const EntityKind &invitationKind();        // invitations to projects, in the account's scope
const EntityKind &projectKind();           // projects, their registration and life cycle
const EntityKind &pageKind();              // TwinSpace pages: the tree, drafts and published texts
const EntityKind &pageRevisionKind();      // every published text of a page, for its history
const EntityKind &materialKind();          // TwinSpace materials: names and folders (not contents)
const EntityKind &forumDiscussionKind();   // the TwinSpace forum's discussions,
const EntityKind &forumThreadKind();       // their threads (with the opening text),
const EntityKind &forumPostKind();         // and the replies in a thread
const EntityKind &chatMessageKind();       // the TwinSpace chat room's messages
const EntityKind &registrationKind();      // teachers' registrations their service reviews
const EntityKind &reviewNoteKind();        // a service's private notes on queued items
const EntityKind &reasonTemplateKind();    // the reasons a service reuses when it refuses
const EntityKind &reviewSettingKind();     // a country's review setting
const EntityKind &statisticsKind();        // the territory's statistics (counts, read only)
const EntityKind &labelApplicationKind();  // Quality Label applications and their decisions
const EntityKind &labelAssessmentKind();   // each assessor's scores on an application
const EntityKind &assessmentGridKind();    // the grids applications are assessed on
const EntityKind &eqlCandidateKind();      // the European Quality Label's candidates
const EntityKind &schoolEligibilityKind(); // a school's eTwinning School eligibility
const EntityKind &schoolApplicationKind(); // its shared application and the decision on it
const EntityKind &labelSettingKind();      // when the country's school year starts

} // namespace etw::kinds
