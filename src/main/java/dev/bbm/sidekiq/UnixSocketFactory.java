package dev.bbm.sidekiq;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import redis.clients.jedis.JedisSocketFactory;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * Gives Jedis a Unix-domain socket through junixsocket; exists because Omnibus GitLab's Redis listens
 * on {@code /var/opt/gitlab/redis/redis.socket} only, and Jedis speaks TCP by itself.
 */
final class UnixSocketFactory implements JedisSocketFactory {
  private final Path path;
  private final int connectTimeoutMillis;
  private final int readTimeoutMillis;

  UnixSocketFactory(Path path, int connectTimeoutMillis, int readTimeoutMillis) {
    this.path = path;
    this.connectTimeoutMillis = connectTimeoutMillis;
    this.readTimeoutMillis = readTimeoutMillis;
  }

  @Override
  public Socket createSocket() {
    AFUNIXSocket socket = null;
    try {
      socket = AFUNIXSocket.newInstance();
      socket.connect(AFUNIXSocketAddress.of(path), connectTimeoutMillis);
      socket.setSoTimeout(readTimeoutMillis);
      return socket;
    } catch (IOException e) {
      closeQuietly(socket);
      throw new JedisConnectionException("cannot connect to the socket " + path, e);
    }
  }

  private static void closeQuietly(Socket socket) {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // the connection failed already; that failure is the one to report
      }
    }
  }
}
