package io.github.propre.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Input bytes read but not yet written or dropped: a command appends what it reads and later
 * releases a prefix, writing it or dropping it.
 *
 * <p>What is held is normally one paragraph, in memory. Past {@code memoryLimit} bytes (a paragraph
 * or a run of blank lines larger than that) the held bytes go to a temporary file, so memory stays
 * bounded whatever the input; the file is deleted on {@link #close()}.
 *
 * <p>Not thread-safe.
 */
final class ByteHold implements Closeable {
  private final OutputStream out;
  private final int memoryLimit;
  private byte[] buffer;
  private int head;
  private int tail;
  /** Input offset of the first byte held. */
  private long from;
  private Path spillPath;
  private FileChannel spill;
  /** The spill file holds held bytes at [spillRead, spillEnd), before those in memory. */
  private long spillRead;
  private long spillEnd;
  private long written;
  private long dropped;
  private long spilled;

  ByteHold(OutputStream out, int memoryLimit) {
    this.out = out;
    this.memoryLimit = memoryLimit;
    this.buffer = new byte[Math.min(memoryLimit, 1 << 16)];
  }

  /** Holds {@code bytes[offset, offset + length)}, the next bytes of the input. */
  void append(byte[] bytes, int offset, int length) throws IOException {
    if (tail - head + length > memoryLimit) {
      spillMemory();
      if (length > memoryLimit) {
        writeSpill(ByteBuffer.wrap(bytes, offset, length));
        return;
      }
    }
    if (tail + length > buffer.length) {
      if (tail - head + length <= buffer.length) {
        System.arraycopy(buffer, head, buffer, 0, tail - head);
      } else {
        byte[] bigger = new byte[Math.min(memoryLimit,
            Math.max(buffer.length * 2, tail - head + length))];
        System.arraycopy(buffer, head, bigger, 0, tail - head);
        buffer = bigger;
      }
      tail -= head;
      head = 0;
    }
    System.arraycopy(bytes, offset, buffer, tail, length);
    tail += length;
  }

  /** Writes ({@code keep}) or drops the held bytes before input offset {@code upTo}. */
  void release(long upTo, boolean keep) throws IOException {
    long n = upTo - from;
    if (n < 0 || n > held()) {
      throw new IllegalStateException("release to " + upTo + ": holding [" + from + ", "
          + (from + held()) + ")");
    }
    from = upTo;
    if (keep) {
      written += n;
    } else {
      dropped += n;
    }
    long fromSpill = Math.min(n, spillEnd - spillRead);
    if (fromSpill > 0) {
      if (keep) {
        copySpill(fromSpill);
      }
      spillRead += fromSpill;
      n -= fromSpill;
      if (spillRead == spillEnd) {
        spill.truncate(0);
        spillRead = 0;
        spillEnd = 0;
      }
    }
    if (n > 0) {
      if (keep) {
        out.write(buffer, head, (int) n);
      }
      head += (int) n;
    }
    if (head == tail) {
      head = 0;
      tail = 0;
    }
  }

  /** Returns the number of bytes held. */
  long held() {
    return spillEnd - spillRead + tail - head;
  }

  long written() {
    return written;
  }

  long dropped() {
    return dropped;
  }

  /** Returns the number of bytes that went through the temporary file. */
  long spilled() {
    return spilled;
  }

  private void spillMemory() throws IOException {
    if (tail > head) {
      writeSpill(ByteBuffer.wrap(buffer, head, tail - head));
    }
    head = 0;
    tail = 0;
  }

  private void writeSpill(ByteBuffer bytes) throws IOException {
    if (spill == null) {
      spillPath = Files.createTempFile("propre-dedup-", ".hold");
      spill = FileChannel.open(spillPath, StandardOpenOption.READ, StandardOpenOption.WRITE,
          StandardOpenOption.DELETE_ON_CLOSE);
    }
    spilled += bytes.remaining();
    while (bytes.hasRemaining()) {
      spillEnd += spill.write(bytes, spillEnd);
    }
  }

  private void copySpill(long n) throws IOException {
    byte[] chunk = new byte[(int) Math.min(n, 1 << 16)];
    ByteBuffer bb = ByteBuffer.wrap(chunk);
    long pos = spillRead;
    long left = n;
    while (left > 0) {
      bb.clear().limit((int) Math.min(left, chunk.length));
      int r = spill.read(bb, pos);
      if (r <= 0) {
        throw new IOException("temporary file " + spillPath + " ended early");
      }
      out.write(chunk, 0, r);
      pos += r;
      left -= r;
    }
  }

  @Override
  public void close() throws IOException {
    if (spill != null) {
      spill.close();
      Files.deleteIfExists(spillPath);
    }
  }
}
