package com.streetgov.ui.matter;

import com.streetgov.photo.application.MatterPhotos;
import com.streetgov.photo.domain.PhotoInfo;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The residents' photos of a matter as thumbnails, each opening the photo in a new tab. The images are
 * served through the UI session (Vaadin download handlers), so only a signed-in member of the district
 * who may open the matter reaches them; nothing has a public address.
 */
class PhotoStrip extends Div {

    PhotoStrip(MatterPhotos photos, String number, List<PhotoInfo> list) {
        setId("matter-photos");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "8px");
        for (PhotoInfo info : list) {
            String alt = MatterLabels.t("matter.photo", String.valueOf(info.seq()));
            Image thumbnail = new Image(handler(photos, number, info, true), alt);
            thumbnail.addClassName("matter-photo");
            thumbnail.getStyle().set("max-height", "120px").set("border-radius", "4px");
            Anchor open = new Anchor();
            open.setHref(handler(photos, number, info, false), AttachmentType.INLINE);
            open.setTarget(AnchorTarget.BLANK);
            open.getElement().setAttribute("aria-label", alt);
            open.add(thumbnail);
            add(open);
        }
    }

    private static DownloadHandler handler(MatterPhotos photos, String number, PhotoInfo info, boolean thumbnail) {
        String name =
                number + "-" + info.seq() + (thumbnail || info.contentType().equals("image/jpeg") ? ".jpg" : ".png");
        return DownloadHandler.fromInputStream(event -> photos.image(number, info.seq(), thumbnail)
                .map(image -> new DownloadResponse(
                        new ByteArrayInputStream(image.bytes()), name, image.contentType(), image.bytes().length))
                .orElseGet(() -> DownloadResponse.error(404)));
    }
}
