package com.streetgov.ui.platform;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Arrays;
import java.util.List;

/**
 * The texts Vaadin's own components show (an upload's "Drop file here", a date picker's months, weekdays
 * and buttons) in the user's language, from the same translation bundles as every other text
 * ({@code vaadin.upload.*}, {@code vaadin.date.*}): the components ship English only. Dates show as
 * {@code yyyy-MM-dd} in every language and are also read as typed in China ({@code 2026/1/5},
 * {@code 2026.1.5}, {@code 20260105}); the weeks start on Monday.
 */
public final class ComponentTexts {

    private ComponentTexts() {}

    /** {@code upload} with its texts in the user's language. */
    public static Upload upload(Upload upload) {
        upload.setI18n(new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(t(upload, "vaadin.upload.dropOne"))
                        .setMany(t(upload, "vaadin.upload.dropMany")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(t(upload, "vaadin.upload.addOne"))
                        .setMany(t(upload, "vaadin.upload.addMany")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(t(upload, "vaadin.upload.tooMany"))
                        .setFileIsTooBig(t(upload, "vaadin.upload.tooBig"))
                        .setIncorrectFileType(t(upload, "vaadin.upload.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(t(upload, "vaadin.upload.connecting"))
                                .setStalled(t(upload, "vaadin.upload.stalled"))
                                .setProcessing(t(upload, "vaadin.upload.processing"))
                                .setHeld(t(upload, "vaadin.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t(upload, "vaadin.upload.remaining"))
                                .setUnknown(t(upload, "vaadin.upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t(upload, "vaadin.upload.serverUnavailable"))
                                .setUnexpectedServerError(t(upload, "vaadin.upload.serverError"))
                                .setForbidden(t(upload, "vaadin.upload.forbidden"))))
                .setFile(new UploadI18N.File()
                        .setRetry(t(upload, "vaadin.upload.retry"))
                        .setStart(t(upload, "vaadin.upload.start"))
                        .setRemove(t(upload, "vaadin.upload.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return upload;
    }

    /** {@code picker} with its month and weekday names and buttons in the user's language. */
    public static DatePicker date(DatePicker picker) {
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(list(picker, "vaadin.date.months"))
                .setWeekdays(list(picker, "vaadin.date.weekdays"))
                .setWeekdaysShort(list(picker, "vaadin.date.weekdaysShort"))
                .setFirstDayOfWeek(1)
                .setDateFormats("yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd")
                .setToday(t(picker, "vaadin.date.today"))
                .setCancel(t(picker, "vaadin.date.cancel"))
                .setBadInputErrorMessage(t(picker, "vaadin.date.badInput")));
        return picker;
    }

    private static String t(Component component, String key) {
        return component.getTranslation(key);
    }

    /** A comma-separated list of the bundle (months: 12, weekdays: 7 from Sunday). */
    private static List<String> list(Component component, String key) {
        return Arrays.stream(t(component, key).split(",")).map(String::strip).toList();
    }
}
