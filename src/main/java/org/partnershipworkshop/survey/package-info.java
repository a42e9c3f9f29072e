/**
 * The one survey engine (decision 0190): a questionnaire of typed questions (single and several choices, a
 * rating of 1–5 or 1–10, yes/no, short and long text) in bg/ru/en, answered anonymously — one answer per device,
 * throttled per client address — through channels the owner names (each library of a network action has its
 * own link), closed after its last day; results by question and by channel, the free texts with their channel,
 * CSV and XLSX. A meeting's feedback form shares its answering rules (device key, code, throttle).
 */
@ApplicationModule(displayName = "Surveys", allowedDependencies = {"base", "audit", "documents"})
package org.partnershipworkshop.survey;

import org.springframework.modulith.ApplicationModule;
