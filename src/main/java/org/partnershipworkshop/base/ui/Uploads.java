package org.partnershipworkshop.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** Vaadin's upload speaks the user's language: its buttons, drop hint, statuses and errors from the bundles. */
public final class Uploads {

    private Uploads() {
    }

    public static Upload localized(Upload upload) {
        java.util.function.Function<String, String> t = key -> upload.getTranslation("upload." + key);
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t.apply("connecting")).setStalled(t.apply("stalled"))
                        .setProcessing(t.apply("processing")).setHeld(t.apply("held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t.apply("remaining")).setUnknown(t.apply("unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t.apply("serverUnavailable"))
                        .setUnexpectedServerError(t.apply("serverError")).setForbidden(t.apply("forbidden"))
                        .setFileTooLarge(t.apply("fileTooLarge")));
        upload.setI18n(new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(t.apply("dropOne")).setMany(t.apply("dropMany")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(t.apply("addOne")).setMany(t.apply("addMany")))
                .setError(new UploadI18N.Error().setTooManyFiles(t.apply("tooMany")).setFileIsTooBig(t.apply("fileTooLarge"))
                        .setIncorrectFileType(t.apply("wrongType")))
                .setFile(new UploadI18N.File().setRetry(t.apply("retry")).setStart(t.apply("start")).setRemove(t.apply("remove")))
                .setUploading(uploading)
                .setUnits(List.of(t.apply("units").split(","))));
        return upload;
    }
}
