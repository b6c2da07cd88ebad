package io.teaframe.view;

import java.util.ArrayList;

/**
 * The lifecycle hooks that one render of a {@link ComponentInstance} declared, and, once
 * the instance adopted them, whether its mount hooks are queued or have run.
 */
final class InstanceHooks {

    /**
     * The adopted hooks of an instance whose first successful render declared none.
     * Shared by all such instances, so it is never changed.
     */
    static final InstanceHooks NONE = new InstanceHooks();

    ArrayList<LifecycleHook<Object>> onMount;
    ArrayList<LifecycleHook<Object>> onUnmount;

    /** True from the request to run the mount hooks until they run. */
    boolean attachQueued;

    /** True once the mount hooks ran, so the unmount hooks run on unmount. */
    boolean attached;

    void add(LifecycleHook<Object> hook, boolean onMountHook) {
        if (onMountHook) {
            if (onMount == null) {
                onMount = new ArrayList<>(1);
            }
            onMount.add(hook);
        } else {
            if (onUnmount == null) {
                onUnmount = new ArrayList<>(1);
            }
            onUnmount.add(hook);
        }
    }
}
