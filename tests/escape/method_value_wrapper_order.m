# command-line-arguments
./method_value_wrapper_order.go:7:7: b does not escape
./method_value_wrapper_order.go:9:7: b does not escape
./method_value_wrapper_order.go:14:7: a does not escape
./method_value_wrapper_order.go:18:9: leaking param: b
./method_value_wrapper_order.go:18:38: b.Zed escapes to heap
./method_value_wrapper_order.go:18:30: append escapes to heap
./method_value_wrapper_order.go:19:38: a.Val escapes to heap
./method_value_wrapper_order.go:19:30: append escapes to heap
./method_value_wrapper_order.go:20:38: b.Alpha escapes to heap
./method_value_wrapper_order.go:20:30: append escapes to heap
./method_value_wrapper_order.go:21:9: leaking param: a
./method_value_wrapper_order.go:21:38: a.Ptr escapes to heap
./method_value_wrapper_order.go:21:30: append escapes to heap
./method_value_wrapper_order.go:22:9: leaking param: b
./method_value_wrapper_order.go:22:38: b.Mid escapes to heap
./method_value_wrapper_order.go:22:30: append escapes to heap
./method_value_wrapper_order.go:33:9: leaking param: b
./method_value_wrapper_order.go:33:38: b.Zed escapes to heap
./method_value_wrapper_order.go:33:30: append escapes to heap
./method_value_wrapper_order.go:25:5: &B{} escapes to heap
./method_value_wrapper_order.go:28:5: &A{} escapes to heap
./method_value_wrapper_order.go:29:5: &B{} escapes to heap
./method_value_wrapper_order.go:30:5: &B{} escapes to heap
