package com.streetgov.reform.application;

import com.streetgov.reform.domain.ReformModel;

/**
 * Turns a model into its stored document and back. Implemented by tenant-config with the
 * streetgov-reform-model/1 file format, so what is stored is exactly what exports.
 */
public interface ReformModelCodec {

    String encode(ReformModel model);

    /** Decodes a stored document; stored documents were encoded by this codec, so failure is a defect. */
    ReformModel decode(String document);
}
