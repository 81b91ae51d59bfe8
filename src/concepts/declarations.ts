/**
 * Back matter and open science: funding, competing interests, data and code availability, ethics,
 * registration and protocol access. The detectors live in decl-*.ts.
 */
import { availabilityDetectors } from './decl-availability.js';
import { statementDetectors } from './decl-statements.js';
import type { Detector } from './types.js';

export const detectors: Detector[] = [...statementDetectors, ...availabilityDetectors];
