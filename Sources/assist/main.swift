import AssistanceCore
print("assist")
