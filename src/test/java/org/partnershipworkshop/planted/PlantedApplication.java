package org.partnershipworkshop.planted;

/** A two-module application with one planted violation, for {@code ModulesTest}: upper reaches into lower's internals. */
public class PlantedApplication {
}
