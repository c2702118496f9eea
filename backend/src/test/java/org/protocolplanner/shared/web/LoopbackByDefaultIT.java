package org.protocolplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Started without SERVER_ADDRESS (as the test run is), the application listens on this machine's loopback
 * address only: other machines reach it through a reverse proxy, never by accident on a plain port.
 */
@IntegrationTest
class LoopbackByDefaultIT {

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext context;

    @Test
    void theServerIsBoundToLoopbackAndRefusesConnectionsToThisMachinesOtherAddresses() throws IOException {
        Object bound = ((TomcatWebServer) context.getWebServer())
                .getTomcat()
                .getConnector()
                .getProperty("address");
        assertThat(bound).isInstanceOf(InetAddress.class);
        assertThat(((InetAddress) bound).isLoopbackAddress())
                .as(String.valueOf(bound))
                .isTrue();

        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
            assertThat(local.isConnected()).isTrue();
        }
        for (InetAddress other : otherAddresses()) {
            assertThatThrownBy(() -> {
                        try (Socket remote = new Socket()) {
                            remote.connect(new InetSocketAddress(other, port), 2_000);
                        }
                    })
                    .as("connecting to %s", other)
                    .isInstanceOf(ConnectException.class);
        }
    }

    /** This machine's addresses on its working network interfaces, other than loopback and link-local ones. */
    private static List<InetAddress> otherAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(LoopbackByDefaultIT::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
    }

    private static boolean isUp(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
