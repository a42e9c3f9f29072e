/**
 * Accounts and their roles, signing in, the security filter chains, and the seat of a participant at a table
 * (TableSeat, TableAccess, the Seats port the room implements).
 */
@ApplicationModule(displayName = "Accounts and seats", allowedDependencies = {"base", "audit"})
package org.partnershipworkshop.security;

import org.springframework.modulith.ApplicationModule;
