package io.fitg.rules.support;

import io.fitg.model.backup.Backup;
import io.fitg.model.branch.Branch;
import io.fitg.model.company.Company;
import io.fitg.model.machineroom.MachineRoom;
import io.fitg.model.management.Management;
import io.fitg.model.operations.Operations;
import io.fitg.model.security.Security;
import io.fitg.model.trading.Trading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The facts of each section type in an assessment's session, gathered once as they are inserted, inserted itself as
 * one fact. A rule that must fire whether or not a section is given (to say INSUFFICIENT_DATA when it is not)
 * matches {@code Collected( $ss : security )} and gets every {@link Security} fact in the session, an empty list
 * when there is none: what {@code $ss : List() from collect( Security() )} gives, without an accumulate node per
 * rule (97 of them cost the cold start about a tenth of a second: a lambda class spun per collect, and the
 * accumulate memories of every session).
 *
 * <p>The lists hold the facts in the order they are inserted. Property names are the profile's section keys.
 */
public final class Collected {
    private final List<Company> company = new ArrayList<>(1);
    private final List<Management> management = new ArrayList<>(1);
    private final List<MachineRoom> machineRooms = new ArrayList<>();
    private final List<Trading> trading = new ArrayList<>(1);
    private final List<Security> security = new ArrayList<>(1);
    private final List<Operations> operations = new ArrayList<>(1);
    private final List<Backup> backup = new ArrayList<>(1);
    private final List<Branch> branches = new ArrayList<>();

    /** Gathers the section facts among {@code facts} (the other facts are left out). */
    public static Collected of(Collection<?> facts) {
        Collected c = new Collected();
        for (Object o : facts) {
            c.add(o);
        }
        return c;
    }

    private void add(Object o) {
        if (o instanceof MachineRoom r) {
            machineRooms.add(r);
        } else if (o instanceof Branch b) {
            branches.add(b);
        } else if (o instanceof Company c) {
            company.add(c);
        } else if (o instanceof Management m) {
            management.add(m);
        } else if (o instanceof Trading t) {
            trading.add(t);
        } else if (o instanceof Security s) {
            security.add(s);
        } else if (o instanceof Operations op) {
            operations.add(op);
        } else if (o instanceof Backup b) {
            backup.add(b);
        }
    }

    /** Whether {@code list} is one of these lists (the same object): {@code explain} describes what a rule bound. */
    public boolean holds(Object list) {
        return list == company || list == management || list == machineRooms || list == trading
                || list == security || list == operations || list == backup || list == branches;
    }

    public List<Company> getCompany() {
        return company;
    }

    public List<Management> getManagement() {
        return management;
    }

    public List<MachineRoom> getMachineRooms() {
        return machineRooms;
    }

    public List<Trading> getTrading() {
        return trading;
    }

    public List<Security> getSecurity() {
        return security;
    }

    public List<Operations> getOperations() {
        return operations;
    }

    public List<Backup> getBackup() {
        return backup;
    }

    public List<Branch> getBranches() {
        return branches;
    }

    @Override
    public String toString() {
        return "Collected";
    }
}
