package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 at a phone's size: a resident submits a matter on the district's public page without
 * logging in, follows it by the tracking code, the street answers, and the resident rates once. Codes
 * of another district, guessed or altered codes, and bad input show nothing and store nothing.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ResidentPageIT extends BrowserTest {

    static final Pattern TRACKING = Pattern.compile(".*/r/luohu/t/(r_[A-Za-z0-9_-]{43})\\?.*");

    ResidentPageIT(RunningStack stack) {
        super(stack);
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void a_resident_submits_follows_and_rates_and_no_other_code_shows_anything() throws Exception {
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        Page phone = browser.newPage(390, 844);
        phone.navigate(stack.appUrl() + "/r/luohu");
        assertEquals("反映诉求", phone.locator("h2").first().innerText());
        Accessibility.assertNoSeriousViolations(phone, "the form");
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("resident-form-zh.png"))
                .setFullPage(true));
        phone.locator("#description").fill("小区门口的路灯坏了好几天，晚上很黑，老人出门容易摔倒");
        phone.locator("#street").selectOption(new SelectOption().setLabel("南湖街道"));
        // What the words may be about is offered (never required); the resident takes the first.
        phone.locator("#resident-suggestion-list input[type=radio]").first().waitFor();
        String offered = phone.locator("#resident-suggestion-list label")
                .first()
                .innerText()
                .strip();
        assertTrue(offered.contains(" · "), "item and unit: " + offered);
        phone.locator("#resident-suggestion-list input[type=radio]").first().check();
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("resident-suggestions-zh.png"))
                .setFullPage(true));
        phone.locator("#address").fill("南湖街道某小区东门");
        phone.locator("#phone").fill("13800001234");
        phone.locator("#photo").setInputFiles(new FilePayload("路灯.jpg", "image/jpeg", photoWithLocation()));
        phone.locator("#resident-submit").click();
        phone.waitForURL(TRACKING.asPredicate()::test);
        var found = TRACKING.matcher(phone.url());
        assertTrue(found.matches(), phone.url());
        String code = found.group(1);
        assertEquals(code, phone.locator("#resident-code").innerText(), "the code is shown once, to keep");
        String number = phone.locator("#resident-number").innerText();
        assertTrue(
                phone.locator("#resident-state").innerText().startsWith("已派给"),
                phone.locator("#resident-state").innerText());
        String handler = phone.locator("#resident-handler").innerText();
        assertEquals(offered.substring(offered.indexOf(" · ") + 3), handler, "sent where the chosen item leads");
        assertEquals(0, phone.locator("#resident-rate").count(), "nothing to rate before an answer");
        assertEquals(1, phone.locator("#resident-photos img").count(), "the photo is shown");
        phone.waitForCondition(() ->
                (Boolean) phone.locator("#resident-photos img").evaluate("i => i.complete && i.naturalWidth > 0"));
        phone.waitForCondition(
                () -> (Boolean) phone.locator("#resident-qr").evaluate("i => i.complete && i.naturalWidth === 240"));
        Accessibility.assertNoSeriousViolations(phone, "the tracking page as submitted");
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("resident-tracking-zh.png"))
                .setFullPage(true));

        // A neighbour reports the same a few minutes later: joined to the first, with a code of their own.
        Page neighbour = browser.newPage(390, 844);
        neighbour.navigate(stack.appUrl() + "/r/luohu");
        neighbour.locator("#description").fill("小区门口路灯坏了好几天了，晚上很黑，老人出门容易摔");
        neighbour.locator("#street").selectOption(new SelectOption().setLabel("南湖街道"));
        neighbour.locator("#resident-submit").click();
        neighbour.waitForURL(TRACKING.asPredicate()::test);
        assertTrue(neighbour.locator("#resident-repeated").innerText().contains("已合并"));
        assertEquals(number, neighbour.locator("#resident-number").innerText(), "the same matter");
        assertTrue(!neighbour.url().contains(code), "a code of their own");
        neighbour.context().close();

        // Nothing is shown for another district's page, an altered code, a guessed one, or no district.
        char last = code.charAt(code.length() - 1);
        String altered = code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
        for (String path : new String[] {
            "/r/xicheng/t/" + code,
            "/r/luohu/t/" + altered,
            "/r/luohu/t/r_" + "A".repeat(43),
            "/r/luohu/t/" + number,
            "/r/nowhere/t/" + code
        }) {
            Page other = browser.newPage(390, 844);
            var response = other.navigate(stack.appUrl() + path);
            assertEquals(404, response.status(), path);
            assertTrue(other.locator("#resident-not-found").innerText().contains("没有找到"), path);
            assertTrue(!other.content().contains(number), "nothing of the matter: " + path);
            other.context().close();
        }

        // The photo as stored: no location left; only this code in this district reaches it.
        HttpResponse<byte[]> photo = get("/r/luohu/t/" + code + "/photo/1");
        assertEquals(200, photo.statusCode());
        assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                "nosniff", photo.headers().firstValue("X-Content-Type-Options").orElse(""));
        var exif = Imaging.getMetadata(photo.body()) instanceof JpegImageMetadata m ? m.getExif() : null;
        assertTrue(exif == null || exif.getGpsInfo() == null, "the location was removed");
        assertEquals(640, ImageIO.read(new ByteArrayInputStream(photo.body())).getWidth());
        assertEquals(200, get("/r/luohu/t/" + code + "/photo/1/thumb").statusCode());
        for (String path : new String[] {
            "/r/xicheng/t/" + code + "/photo/1",
            "/r/luohu/t/" + altered + "/photo/1",
            "/r/luohu/t/" + code + "/photo/2",
            "/r/luohu/t/" + altered + "/qr.png"
        }) {
            assertEquals(404, get(path).statusCode(), path);
        }

        // The street answers in its own screens, the resident's photo beside the matter.
        Page staff = openAs("luohu-staff", "/matters/" + number);
        staff.locator("#matter-photos img").waitFor();
        assertEquals(1, staff.locator("#matter-photos img").count());
        staff.waitForCondition(
                () -> (Boolean) staff.locator("#matter-photos img").evaluate("i => i.complete && i.naturalWidth > 0"));
        staff.locator("#matter-accept").click();
        staff.waitForCondition(() -> staff.locator("#matter-state").innerText().equals("已签收"));
        staff.locator("#matter-text textarea").fill("已更换路灯灯泡，今晚起恢复照明");
        staff.locator("#matter-respond").click();
        staff.waitForCondition(() -> staff.locator("#matter-state").innerText().equals("已答复"));

        long before = boardVisits(phone, "nanhu");
        phone.navigate(stack.appUrl() + "/r/luohu/t/" + code + "?lang=zh-CN");
        assertEquals("已答复", phone.locator("#resident-state").innerText());
        assertEquals("已更换路灯灯泡，今晚起恢复照明", phone.locator("#resident-answer").innerText());
        assertEquals(0, phone.locator("#resident-code").count(), "the code is not shown again");
        Accessibility.assertNoSeriousViolations(phone, "the tracking page with the rating form");
        phone.locator("#resolved-yes").check();
        phone.locator("#rating-satisfied").check();
        phone.locator("#comment").fill("修得很快，谢谢");
        phone.locator("#resident-rate-submit").click();
        phone.locator("#resident-rating").waitFor();
        assertEquals("您的评价：满意", phone.locator("#resident-rating").innerText());
        assertEquals(0, phone.locator("#resident-rate").count(), "rated once");
        assertEquals(before + 1, boardVisits(phone, "nanhu"), "the rating counts on the public board at once");
        Accessibility.assertNoSeriousViolations(phone, "the board");
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("resident-board-zh.png"))
                .setFullPage(true));

        // The rating is the return visit, heard by the resident's own channel: the staff see it.
        staff.navigate(stack.appUrl() + "/matters/" + number);
        staff.waitForCondition(() -> staff.locator("#matter-rating").innerText().contains("满意"));
        assertTrue(staff.locator("#matter-history").innerText().contains("居民（网页）"));
        assertTrue(staff.locator("#matter-history").innerText().contains("满意：修得很快，谢谢"), "the comment");
        assertTrue(staff.locator("#matter-history").innerText().contains("居民再次反映"), "the repeat is in the history");

        // A staff member's own browser opens another district's residents' page: the page, as for anyone.
        staff.navigate(stack.appUrl() + "/r/xicheng");
        assertEquals("反映诉求", staff.locator("h2").first().innerText());

        // A second rating posted by hand is refused and changes nothing.
        HttpResponse<String> again = post("/r/luohu/t/" + code, "rating=NOT_SATISFIED");
        assertEquals(422, again.statusCode());
        assertTrue(again.body().contains("每件诉求只评价一次"), again.body());

        phone.navigate(stack.appUrl() + "/r/luohu/t/" + code + "?lang=en");
        assertEquals("Answered", phone.locator("#resident-state").innerText());
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("resident-tracking-en.png"))
                .setFullPage(true));
        phone.navigate(stack.appUrl() + "/r/luohu?lang=en");
        assertEquals("Report a matter", phone.locator("h2").first().innerText());
        Accessibility.assertNoSeriousViolations(phone, "the form in English");
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("resident-form-en.png"))
                .setFullPage(true));
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void bad_input_is_refused_on_the_page_with_the_field_named_and_nothing_is_stored() throws Exception {
        HttpResponse<String> empty = post("/r/luohu", "description=&street=nanhu");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("description（内容）必填"), empty.body());
        assertTrue(!empty.body().contains("Exception") && !empty.body().contains("at com."), "no internals");

        HttpResponse<String> nul = post("/r/luohu", "description=%E8%B7%AF%E7%81%AF%00&street=nanhu");
        assertEquals(400, nul.statusCode(), nul.body());
        assertTrue(nul.body().contains("不能包含控制字符"), nul.body());

        HttpResponse<String> longPhone = post("/r/luohu", "description=abc&phone=" + "1".repeat(41));
        assertEquals(400, longPhone.statusCode());
        assertTrue(longPhone.body().contains("residentPhone（联系电话）不能超过"), longPhone.body());

        HttpResponse<String> noDistrict = post("/r/nowhere", "description=abc");
        assertEquals(404, noDistrict.statusCode());

        HttpResponse<String> broken = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(stack.appUrl() + "/r/luohu?lang=zh-CN"))
                                .header("Content-Type", "multipart/form-data; boundary=none-such")
                                .POST(HttpRequest.BodyPublishers.ofString("--other\r\nnot a part at all"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        // A multipart body with no part under its boundary is an empty form: refused by field, nothing stored.
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("description（内容）必填"), broken.body());
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void the_form_is_used_by_keyboard_in_reading_order_with_a_visible_focus() {
        Page phone = browser.newPage(390, 844);
        phone.navigate(stack.appUrl() + "/r/xicheng?lang=zh-CN");
        java.util.List<String> order = new java.util.ArrayList<>();
        for (int i = 0; i < 14; i++) {
            phone.keyboard().press("Tab");
            order.add((String) phone.evaluate("() => document.activeElement.id || document.activeElement.textContent"));
        }
        int first = order.indexOf("description");
        assertTrue(first > 0, order.toString());
        assertEquals(
                java.util.List.of(
                        "description",
                        "title",
                        "street",
                        "address",
                        "photo",
                        "shareLocation",
                        "name",
                        "phone",
                        "resident-submit"),
                order.subList(first, first + 9),
                "focus follows the form's reading order");
        assertEquals(java.util.List.of("简体", "繁體", "English"), order.subList(0, 3), "the languages come first");
        phone.locator("#description").focus();
        String outline = (String) phone.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
        assertEquals("solid", outline, "the focused field shows it");
        phone.context().close();
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void an_oversized_photo_and_a_text_renamed_jpg_are_refused_by_name_and_nothing_is_stored() throws Exception {
        long matters = count("select count(*) from matter where district_id = 'luohu'");
        long photos = count("select count(*) from matter_photo");
        String words = "门口的垃圾桶三天没人清运了，气味很大" + UUID.randomUUID();

        byte[] big = java.util.Arrays.copyOf(photoWithLocation(), 6 * 1024 * 1024);
        HttpResponse<String> oversized = multipart("/r/luohu?lang=zh-CN", words, "大照片.jpg", big);
        assertEquals(413, oversized.statusCode());
        assertTrue(oversized.body().contains("照片“大照片.jpg”超过 5 MB"), oversized.body());
        assertTrue(oversized.body().contains(words), "what the resident wrote is kept in the form");

        byte[] text = "这是一段文字，不是照片".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> renamed = multipart("/r/luohu?lang=en", words, "photo.jpg", text);
        assertEquals(415, renamed.statusCode());
        assertTrue(renamed.body().contains("The file “photo.jpg” is not a JPEG or PNG image."), renamed.body());

        assertEquals(matters, count("select count(*) from matter where district_id = 'luohu'"), "no matter stored");
        assertEquals(photos, count("select count(*) from matter_photo"), "no photo stored");
    }

    /**
     * Last of all (it empties this address's submission bucket for ten minutes; no later test may
     * submit on the residents' pages): 20 submissions in a row from one address are cut off with a
     * clear 429 before any work, and stay cut off.
     */
    /**
     * From a second address (IPv6 loopback, its own bucket): once it has used most of its submissions,
     * the form carries a challenge; a post without the solution is refused with nothing stored, and the
     * page's script solves it and the submission goes through.
     */
    @Test
    @org.junit.jupiter.api.Order(5)
    void when_submissions_come_fast_the_page_asks_for_a_proof_of_work_that_its_script_solves() throws Exception {
        String other = stack.appUrl().replace("localhost", "[::1]").replace("127.0.0.1", "[::1]");
        int fillers = 0;
        while (!get(other, "/r/xicheng?lang=zh-CN").body().contains("pow_challenge")) {
            assertEquals(400, post(other, "/r/xicheng", "description=").statusCode(), "an empty one stores nothing");
            assertTrue(++fillers <= 10, "a challenge is asked for before the bucket is empty");
        }
        long matters = count("select count(*) from matter where district_id = 'xicheng'");
        HttpResponse<String> unsolved = post(
                other,
                "/r/xicheng?lang=zh-CN",
                "description=" + java.net.URLEncoder.encode("楼道里堆满了杂物，消防通道被堵", StandardCharsets.UTF_8) + "&street="
                        + "&pow_challenge=x&pow_nonce=1");
        assertEquals(403, unsolved.statusCode());
        assertTrue(unsolved.body().contains("当前提交较多"), unsolved.body());
        assertEquals(matters, count("select count(*) from matter where district_id = 'xicheng'"), "nothing stored");

        Page phone = browser.newPage(390, 844);
        phone.navigate(other + "/r/xicheng?lang=zh-CN");
        assertTrue(phone.locator("#resident-challenge").isVisible());
        phone.locator("#description").fill("楼道里堆满了杂物，消防通道被堵，物业不管");
        phone.locator("#street").selectOption(new SelectOption().setIndex(1));
        phone.locator("#resident-submit").click();
        phone.waitForURL(Pattern.compile(".*/r/xicheng/t/r_.*").asPredicate()::test);
        assertTrue(phone.locator("#resident-received").isVisible());
        assertEquals(matters + 1, count("select count(*) from matter where district_id = 'xicheng'"));
        phone.context().close();
    }

    @Test
    @org.junit.jupiter.api.Order(6)
    void twenty_submissions_a_minute_from_one_address_are_refused_before_any_work() throws Exception {
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        HttpResponse<String> refused = null;
        for (int i = 0; i < 20; i++) {
            // Empty ones (stored by no one), and a valid one last: what is refused is the rate.
            HttpResponse<String> r =
                    post("/r/chenghua", "description=" + (i < 19 ? "" : "%E8%B7%AF%E7%81%AF%E5%9D%8F%E4%BA%86"));
            statuses.add(r.statusCode());
            if (r.statusCode() == 429 && refused == null) {
                refused = r;
            }
        }
        int first = statuses.indexOf(429);
        assertTrue(first > 0 && first <= 10, statuses.toString());
        assertTrue(statuses.subList(first, 20).stream().allMatch(s -> s == 429), statuses.toString());
        assertTrue(refused.body().contains("提交太频繁"), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertEquals(429, statuses.get(19), "the valid submission after the limit is refused, so not stored");
    }

    /** The valid return visits of {@code street} on Luohu's public board for the running period. */
    private long boardVisits(Page page, String street) {
        page.navigate(stack.appUrl() + "/r/luohu/board?lang=zh-CN&period=running");
        page.locator("#board-district-rates").waitFor();
        assertTrue(!page.content().contains("已更换路灯灯泡"), "no case contents on the board");
        return page.locator("#board-" + street).count() == 0
                ? 0
                : Long.parseLong(page.locator("#board-" + street + " .visits").innerText());
    }

    /** A 640 × 480 JPEG carrying EXIF with a GPS position, as a phone camera writes it. */
    static byte[] photoWithLocation() throws Exception {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.DARK_GRAY);
        g.fillRect(0, 0, 640, 480);
        g.setColor(java.awt.Color.YELLOW);
        g.fillOval(280, 60, 80, 80);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(114.141, 22.548);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), out, exif);
        return out.toByteArray();
    }

    private static long count(String sql) throws Exception {
        try (Connection c = Open311TrustIT.database(sql);
                ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(stack.appUrl() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> get(String base, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The residents' form as a browser sends it: text fields and one file in {@code photo}. */
    private HttpResponse<String> multipart(String path, String description, String fileName, byte[] file)
            throws Exception {
        String boundary = "----resident" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String fields =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n" + description
                        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"street\"\r\n\r\nnanhu\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: image/jpeg\r\n\r\n";
        body.write(fields.getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(stack.appUrl() + path))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return post(stack.appUrl(), path, form);
    }

    private static HttpResponse<String> post(String base, String path, String form) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
