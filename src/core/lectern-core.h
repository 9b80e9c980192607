/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lectern-date.h"
#include "lectern-entity.h"
#include "lectern-era.h"
#include "lectern-event.h"
#include "lectern-mention-index.h"
#include "lectern-pack.h"
#include "lectern-paragraph.h"
#include "lectern-section.h"
#include "lectern-selection.h"
#include "lectern-text.h"
