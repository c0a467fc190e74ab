package org.telecomgrowth.report;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import com.pngencoder.PngEncoder;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.telecomgrowth.io.OutputFiles;

/** Writes a chart as DIR/charts/NAME.png (1200×700) and NAME.svg; every failure is thrown, never swallowed. */
public final class ChartWriter {
  private ChartWriter() {}

  public static final int WIDTH = 1200;
  public static final int HEIGHT = 700;
  /** Deflate level of the PNGs: ImageIO's default. */
  static final int PNG_LEVEL = 4;

  /** The PNG bytes (anti-aliasing is on in every chart, see ChartStyle.finish). */
  public static byte[] png(JFreeChart chart) {
    return png(chart.createBufferedImage(WIDTH, HEIGHT)); // the image ChartUtils.writeChartAsPNG draws (ARGB)
  }

  /**
   * An image as PNG, by the pngencoder library: the pixels ImageIO writes at ImageIO's default deflate level, in
   * less CPU; one thread, as a Spark task already is one.
   */
  static byte[] png(BufferedImage image) {
    return new PngEncoder().withBufferedImage(image).withCompressionLevel(PNG_LEVEL)
        .withMultiThreadedCompressionEnabled(false).toBytes();
  }

  /** The SVG document; ids carry the chart name so several SVGs can sit in one page without clashing. */
  public static String svg(JFreeChart chart, String name) {
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    g2.setDefsKeyPrefix(name + "-");
    chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
    return g2.getSVGDocument();
  }

  /** Writes NAME.png and NAME.svg under {@code chartsDir} and returns the PNG bytes for embedding. */
  public static byte[] write(String name, JFreeChart chart, FileSystem fs, Path chartsDir) throws IOException {
    byte[] png = png(chart);
    writeBytes(fs, new Path(chartsDir, name + ".png"), png);
    writeBytes(fs, new Path(chartsDir, name + ".svg"), svg(chart, name).getBytes(StandardCharsets.UTF_8));
    return png;
  }

  static void writeBytes(FileSystem fs, Path file, byte[] bytes) throws IOException {
    OutputFiles.write(fs, file, bytes);
  }
}
