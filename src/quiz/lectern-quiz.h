/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The quiz library: questions generated from a pack, grading, quiz
 * sessions and progress. No GTK. */

#include "lectern-grading.h"
#include "lectern-leitner.h"
#include "lectern-progress-store.h"
#include "lectern-question.h"
#include "lectern-quiz-code.h"
#include "lectern-quiz-export.h"
#include "lectern-quiz-generator.h"
#include "lectern-quiz-options.h"
#include "lectern-quiz-session.h"
#include "lectern-sentences.h"
