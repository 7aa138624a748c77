package com.streetgov.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import jakarta.json.JsonObject;

/**
 * An Apache ECharts chart. ECharts comes from its npm package (as the WebJar on Maven Central; the
 * build unpacks only {@code dist/echarts.min.js} into the WAR) and the element from {@code
 * src/main/webapp/chart/echarts-chart.js}, both loaded as plain scripts: Vaadin's own npm integration
 * ({@code @NpmPackage}) would make the build re-bundle every Vaadin web component with npm, and the
 * npm registry this project builds against does not serve the 24.9.13 versions Vaadin 24.9.14 pins,
 * so the build keeps Vaadin's precompiled production bundle. The option is sent to the browser as a JSON string (the element parses
 * it and renders with the SVG renderer), the element resizes with its container, and a click on a
 * bar, point or slice comes back as a {@link ClickEvent}.
 */
@Tag("echarts-chart")
@JavaScript("context://webjars/echarts/" + EChart.ECHARTS_VERSION + "/dist/echarts.min.js")
@JavaScript("context://chart/echarts-chart.js")
public class EChart extends Component implements HasSize {

    /** The Apache ECharts release the WAR carries (ui/pom.xml {@code echarts.version}). */
    public static final String ECHARTS_VERSION = "5.3.1";

    private String option = "";

    public EChart() {
        setWidthFull();
        setHeight("320px");
    }

    public EChart(String id) {
        this();
        setId(id);
    }

    /** Draws {@code option} (an ECharts option object), replacing what was drawn. */
    public void setOption(JsonObject option) {
        this.option = option.toString();
        getElement().setProperty("option", this.option);
    }

    /** The option last set, as JSON. */
    public String option() {
        return option;
    }

    public Registration addClickListener(ComponentEventListener<ClickEvent> listener) {
        return addListener(ClickEvent.class, listener);
    }

    /** A click on a data item: its series (name and index), its category name, its index and value. */
    @DomEvent("chart-click")
    public static class ClickEvent extends ComponentEvent<EChart> {

        private final String seriesName;
        private final int seriesIndex;
        private final String name;
        private final int dataIndex;
        private final String value;

        public ClickEvent(
                EChart source,
                boolean fromClient,
                @EventData("event.detail.seriesName") String seriesName,
                @EventData("event.detail.seriesIndex") int seriesIndex,
                @EventData("event.detail.name") String name,
                @EventData("event.detail.dataIndex") int dataIndex,
                @EventData("event.detail.value") String value) {
            super(source, fromClient);
            this.seriesName = seriesName;
            this.seriesIndex = seriesIndex;
            this.name = name;
            this.dataIndex = dataIndex;
            this.value = value;
        }

        public String seriesName() {
            return seriesName;
        }

        public int seriesIndex() {
            return seriesIndex;
        }

        public String name() {
            return name;
        }

        public int dataIndex() {
            return dataIndex;
        }

        public String value() {
            return value;
        }
    }
}
