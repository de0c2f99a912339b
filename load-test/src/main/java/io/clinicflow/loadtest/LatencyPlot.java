package io.clinicflow.loadtest;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Booking -> CONFIRMED latency p50/p99 against offered load, as a PNG. */
final class LatencyPlot {

    private LatencyPlot() {
    }

    static Path write(List<RunResult> steps, Path file) throws IOException {
        XYSeries p50 = new XYSeries("p50");
        XYSeries p99 = new XYSeries("p99");
        for (RunResult step : steps) {
            // A log axis cannot show 0 ms: the histogram's resolution is a millisecond anyway.
            p50.add(step.offeredRate(), Math.max(1, step.confirmLatency().getValueAtPercentile(50)));
            p99.add(step.offeredRate(), Math.max(1, step.confirmLatency().getValueAtPercentile(99)));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(p50);
        data.addSeries(p99);
        JFreeChart chart = ChartFactory.createXYLineChart("Booking -> CONFIRMED latency vs offered load",
                "offered load (journeys/s)", "latency (ms, log scale)", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRangeAxis(new LogarithmicAxis("latency (ms, log scale)"));
        plot.setRenderer(new XYLineAndShapeRenderer(true, true));
        Files.createDirectories(file.getParent());
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 900, 540);
        return file;
    }
}
