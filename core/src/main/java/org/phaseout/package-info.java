/** Phaseout. */
package org.phaseout;
