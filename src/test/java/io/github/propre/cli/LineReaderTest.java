package io.github.propre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  @Test
  void readLine_everyTerminatorAndALastLineWithoutOne() throws IOException {
    LineReader r = new LineReader(new StringReader("un\ndeux\r\ntrois\rquatre\n\ncinq"));
    for (String expected : new String[] {"un", "deux", "trois", "quatre", "", "cinq"}) {
      assertEquals(expected, r.readLine());
    }
    assertNull(r.readLine());
    assertNull(r.readLine());
  }

  @Test
  void readLine_neverReadsAgainAfterTheEnd() throws IOException {
    Reader once = new Reader() {
      private boolean done;

      @Override
      public int read(char[] cbuf, int off, int len) {
        if (done) {
          throw new IllegalStateException("read after the end");
        }
        done = true;
        return -1;
      }

      @Override
      public void close() {}
    };
    LineReader r = new LineReader(once);
    assertNull(r.readLine());
    assertNull(r.readLine());
  }
}
