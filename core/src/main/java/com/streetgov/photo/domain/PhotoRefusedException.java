package com.streetgov.photo.domain;

/**
 * A photo, or a set of photos, that is not accepted. The reason and the file's name are data, so each
 * channel says it in the reader's language; the message is a plain Chinese fallback.
 */
public class PhotoRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a photo is refused. */
    public enum Reason {
        /** More than {@link PhotoCheck#MAX_PHOTOS} photos. */
        TOO_MANY,
        /** More than {@link PhotoCheck#MAX_BYTES} bytes. */
        TOO_LARGE,
        /** An HEIC/HEIF file, which this server does not decode. */
        HEIC,
        /** Not a JPEG or PNG by its content, or one that does not decode. */
        NOT_AN_IMAGE,
        /** More pixels than {@link PhotoCheck#MAX_PIXELS}. */
        TOO_MANY_PIXELS
    }

    private final Reason reason;
    private final String fileName;

    public PhotoRefusedException(Reason reason, String fileName) {
        super(
                switch (reason) {
                    case TOO_MANY -> "最多上传 " + PhotoCheck.MAX_PHOTOS + " 张照片";
                    case TOO_LARGE -> "照片“" + fileName + "”超过 5 MB";
                    case HEIC -> "照片“" + fileName + "”是 HEIC 格式，请改为 JPEG 或 PNG";
                    case NOT_AN_IMAGE -> "文件“" + fileName + "”不是 JPEG 或 PNG 图片";
                    case TOO_MANY_PIXELS -> "照片“" + fileName + "”像素过多";
                });
        this.reason = reason;
        this.fileName = fileName;
    }

    public Reason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }
}
