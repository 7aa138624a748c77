/**
 * The residents' own pages (issue 13, DD031): server-rendered HTML at {@code /r/<district>}, no login,
 * mobile first, zh-CN by default with zh-TW and en: the form (with photos and suggestions of what the
 * matter is about), the tracking page (with the photos and the code's QR code) and the public results
 * board. The pages call only the core's residents' window as the district's resident channel; what
 * they decide themselves is the edge's: the per-address submission limit and the proof of work asked
 * when submissions come fast, and the size of an upload.
 */
package com.streetgov.ui.resident;
