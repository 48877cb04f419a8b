package org.nstac.portal.platform;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The nodes in this node's Payara data grid (Hazelcast), where sessions are kept: each by its instance name and grid
 * address. A node started alone ({@code --nocluster}) is a cluster of one.
 */
@ApplicationScoped
public class ClusterMembers {

    /** Where Payara publishes its Hazelcast instance. */
    static final String JNDI_NAME = "payara/Hazelcast";
    /** The member attribute that carries the Payara instance name ({@code --name}). */
    private static final String[] NAME_ATTRIBUTES = {"GLASSFISH-INSTANCE", "INSTANCE_NAME", "MEMBER_NAME"};

    /** Each member as {@code name (address:port)}, this node first; just this node when there is no grid. */
    public List<String> members() {
        HazelcastInstance grid = grid();
        if (grid == null) {
            return List.of(Node.name());
        }
        List<String> members = new ArrayList<>();
        try {
            for (Member member : grid.getCluster().getMembers()) {
                String name = nameOf(member);
                String entry = name + " (" + member.getAddress().getHost() + ":" + member.getAddress().getPort()
                        + ")";
                if (member.localMember()) {
                    members.add(0, entry);
                } else {
                    members.add(entry);
                }
            }
        } catch (RuntimeException gridDown) {
            return List.of(Node.name());
        }
        return members;
    }

    private static String nameOf(Member member) {
        for (String attribute : NAME_ATTRIBUTES) {
            String value = member.getAttribute(attribute);
            if (value != null && !value.isBlank()) {
                return Node.safe(value);
            }
        }
        return member.localMember() ? Node.name() : "member";
    }

    private static HazelcastInstance grid() {
        try {
            Object found = new InitialContext().lookup(JNDI_NAME);
            if (found instanceof HazelcastInstance instance && instance.getLifecycleService().isRunning()) {
                return instance;
            }
            return null;
        } catch (NamingException | RuntimeException | LinkageError noGrid) {
            return null;
        }
    }
}
