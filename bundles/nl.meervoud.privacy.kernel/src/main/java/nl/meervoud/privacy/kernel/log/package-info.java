// SPDX-License-Identifier: EUPL-1.2
/** The processing log's file store; internal to the kernel. */
package nl.meervoud.privacy.kernel.log;
