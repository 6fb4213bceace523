package com.cyclex.member;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The members of one exchange, by id. Ids count from 1; member 1 is the host. */
public final class MemberRegistry {
    public static final long HOST_ID = 1;
    public static final int MAX_NAME_LENGTH = 40;
    /** What the MEMBER.TOKEN_HASH column keeps. */
    public static final int MAX_TOKEN_HASH_LENGTH = 128;
    /** A member may be a whole cluster behind one gateway, so this is generous. */
    public static final int MAX_CORES = 1 << 20;

    private final List<Member> byId = new ArrayList<>();

    /** The member with this id, or null. */
    public Member get(long id) {
        return id >= 1 && id <= byId.size() ? byId.get((int) (id - 1)) : null;
    }

    public long nextId() {
        return byId.size() + 1L;
    }

    public Member add(String name, String tokenHash, long time, MemberStatus status) {
        Member member = new Member(nextId(), name, tokenHash, time, status);
        byId.add(member);
        return member;
    }

    /** Whether a member that has not left already uses this name (names compare without case). */
    public boolean nameInUse(String name) {
        for (Member m : byId) {
            if (m.status() != MemberStatus.LEFT && m.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** Members in id order. */
    public List<Member> all() {
        return Collections.unmodifiableList(byId);
    }

    public int size() {
        return byId.size();
    }

    /** Why a name cannot be used, or null when it can. */
    public static String nameProblem(String raw) {
        if (raw == null || raw.isBlank()) {
            return "A member needs a name.";
        }
        // Surrounding spaces are not part of the name, so they do not count towards its length.
        String name = raw.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            return "A member name has at most " + MAX_NAME_LENGTH + " characters; this one has " + name.length() + ".";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                return "A member name cannot contain control characters.";
            }
            if (Character.isSurrogate(c)) {
                // Half of a surrogate pair is no character at all, and the journal's UTF-8 has no form for it.
                if (!Character.isHighSurrogate(c) || i + 1 == name.length() || !Character.isLowSurrogate(name.charAt(i + 1))) {
                    return "A member name cannot contain half of a character pair (an unpaired surrogate).";
                }
                i++;
            }
        }
        return null;
    }

    /** Why a token hash cannot be kept, or null when it can; null counts as empty. */
    public static String tokenHashProblem(String tokenHash) {
        if (tokenHash == null) {
            return null;
        }
        if (tokenHash.length() > MAX_TOKEN_HASH_LENGTH) {
            return "A token hash has at most " + MAX_TOKEN_HASH_LENGTH + " characters; this one has " + tokenHash.length() + ".";
        }
        for (int i = 0; i < tokenHash.length(); i++) {
            char c = tokenHash.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return "A token hash is printable ASCII without spaces, such as hex or base64.";
            }
        }
        return null;
    }
}
