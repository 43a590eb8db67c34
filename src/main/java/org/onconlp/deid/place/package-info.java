/**
 * Places: street addresses (ADRESSE), towns (VILLE), postal codes next to a town (ZIP) and care
 * facilities (HOPITAL). CAS-free.
 *
 * <p>Entry point: {@link org.onconlp.deid.place.PlaceFinder}, run by {@link
 * org.onconlp.deid.LexiconPhiAnnotator}. Streets, house numbers and foreign addresses ({@code
 * StreetFinder}, {@code HouseNumbers}, {@code AddressLineFinder}, {@code ForeignAddresses}),
 * towns ({@code TownFinder}, {@code Communes}, {@code CityDistricts}), facilities ({@code
 * FacilityFinder}, {@code FacilityNames}, {@code ImagingPractices}, {@code CareResidences}),
 * letterheads and fax headers ({@code LetterheadFinder}, {@code FaxHeaders}).
 */
package org.onconlp.deid.place;
