// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors

/** JSON mapping configuration shared by every module. */
package io.storylens.model.json;
