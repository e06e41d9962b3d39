/**
 * Client base quality: how completely the client cards hold the fields their
 * work status requires, per client ({@link org.clientbase.rules.quality.QualityMeasure}) and
 * aggregated by status and by responsible manager
 * ({@link org.clientbase.rules.quality.ClientBaseQuality}).
 */
package org.clientbase.rules.quality;
