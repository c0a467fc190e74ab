package org.telecomgrowth.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The charts' PNG encoding (ChartWriter.png) writes the pixels ImageIO writes: every ARGB value read back is the same. */
class ChartPngTest {

  private static BufferedImage drawing() {
    BufferedImage img = new BufferedImage(301, 177, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 250, 177); // the right edge stays transparent
    g.setColor(new Color(0, 114, 178));
    g.setStroke(new BasicStroke(2.5f));
    for (int i = 0; i < 20; i++) {
      g.drawLine(i * 13, 170 - i * 7, i * 13 + 40, 160 - i * 5);
    }
    g.setColor(new Color(213, 94, 0, 120)); // half transparent
    g.fillOval(120, 40, 150, 90);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    g.drawString("Mobile subscribers 1,234,567", 10, 20);
    g.dispose();
    return img;
  }

  private static int[] argb(byte[] png) throws Exception {
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
    return read.getRGB(0, 0, read.getWidth(), read.getHeight(), null, 0, read.getWidth());
  }

  @Test
  void samePixelsAsImageIo() throws Exception {
    BufferedImage img = drawing();
    ByteArrayOutputStream io = new ByteArrayOutputStream();
    ImageIO.write(img, "png", io);
    byte[] ours = ChartWriter.png(img);
    int[] expected = argb(io.toByteArray());
    assertArrayEquals(expected, argb(ours));
    assertArrayEquals(img.getRGB(0, 0, 301, 177, null, 0, 301), argb(ours));
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(ours));
    assertEquals(301, back.getWidth());
    assertEquals(177, back.getHeight());
  }

  @Test
  void anImageOfAnotherTypeToo() throws Exception {
    BufferedImage rgb = new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = rgb.createGraphics();
    g.drawImage(drawing(), 0, 0, null);
    g.dispose();
    assertArrayEquals(rgb.getRGB(0, 0, 40, 30, null, 0, 40), argb(ChartWriter.png(rgb)));
  }
}
