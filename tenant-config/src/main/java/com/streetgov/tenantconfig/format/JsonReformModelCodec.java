package com.streetgov.tenantconfig.format;

import com.streetgov.reform.application.ReformModelCodec;
import com.streetgov.reform.domain.ReformModel;
import jakarta.enterprise.context.ApplicationScoped;

/** Stores models in the file format itself, so the stored document is exactly what exports. */
@ApplicationScoped
public class JsonReformModelCodec implements ReformModelCodec {

    @Override
    public String encode(ReformModel model) {
        return ModelFileWriter.write(model);
    }

    @Override
    public ReformModel decode(String document) {
        try {
            return ModelFileReader.read(document);
        } catch (ModelFileException e) {
            throw new IllegalStateException("a stored reform model does not read:\n" + e.getMessage(), e);
        }
    }
}
